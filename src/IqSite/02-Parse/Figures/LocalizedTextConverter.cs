using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IqSite.Parse.Figures;

/// <summary>
/// Reads a figure's texts (language → text) with the languages in ordinal order. The figure's
/// JSON download is serialized from the model: a hash-ordered dictionary would list the languages
/// in an order that changes from process to process, and the system's sort order with the culture.
/// </summary>
internal sealed class LocalizedTextConverter : JsonConverter<ImmutableSortedDictionary<string, string>>
{
    public override ImmutableSortedDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options)!.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public override void Write(Utf8JsonWriter writer, ImmutableSortedDictionary<string, string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize<IDictionary<string, string>>(writer, value, options);
}
