using System.Collections.Immutable;
using System.Xml.Linq;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>One state's outline in the map's coordinates.</summary>
public sealed record MapShape(string Code, string PathData);

/// <summary>
/// Outlines of the 16 German states from the npm package @svg-maps/germany (CC BY 4.0, pinned in
/// package-lock.json), read from its SVG file so the build needs no Node.js process for it.
/// </summary>
public sealed record GermanyMap(string ViewBox, ImmutableArray<MapShape> Shapes)
{
    public const string Package = "@svg-maps/germany";

    public const string Attribution = "Karte/map: svg-maps (Victor Cazanave), CC BY 4.0";

    public static GermanyMap? Load(string searchFrom, string requiredBy, DiagnosticBag diagnostics)
    {
        var root = NodePackages.Root(Package, searchFrom);
        if (root is null)
        {
            diagnostics.Error(requiredBy, 1, 1, $"the networks map needs the npm package {Package}: run 'npm install' in the project folder");
            return null;
        }
        var svg = XDocument.Load(Path.Combine(root, "node_modules", Package, "germany.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var codeById = GermanStates.MapIdByCode.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        var shapes = svg.Root!.Elements(ns + "path")
            .Where(p => codeById.ContainsKey((string?)p.Attribute("id") ?? ""))
            .Select(p => new MapShape(codeById[(string)p.Attribute("id")!], (string)p.Attribute("d")!))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        return new GermanyMap((string?)svg.Root.Attribute("viewBox") ?? "0 0 586 793", shapes);
    }
}
