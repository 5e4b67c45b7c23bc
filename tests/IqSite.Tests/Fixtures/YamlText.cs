using YamlDotNet.RepresentationModel;

namespace IqSite.Tests.Fixtures;

/// <summary>Reads the sample's YAML the way a test needs it: independently of the code under test.</summary>
internal static class YamlText
{
    public static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    public static YamlMappingNode? Map(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlMappingNode : null;
}
