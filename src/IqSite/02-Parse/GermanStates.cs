using System.Collections.Immutable;

namespace IqSite.Parse;

/// <summary>The 16 German states by ISO 3166-2 code, and the ids the map data (npm @svg-maps/germany) gives them.</summary>
public static class GermanStates
{
    public static readonly ImmutableDictionary<string, string> MapIdByCode = new Dictionary<string, string>
    {
        ["DE-BW"] = "bw", ["DE-BY"] = "by", ["DE-BE"] = "be", ["DE-BB"] = "bb", ["DE-HB"] = "hb", ["DE-HH"] = "hh",
        ["DE-HE"] = "he", ["DE-NI"] = "ni", ["DE-MV"] = "mv", ["DE-NW"] = "nw", ["DE-RP"] = "rp", ["DE-SL"] = "sl",
        ["DE-SN"] = "sn", ["DE-ST"] = "st", ["DE-SH"] = "sh", ["DE-TH"] = "th",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Codes => MapIdByCode.Keys.Order(StringComparer.Ordinal);
}
