using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IqSite.Diagnostics;

namespace IqSite.Parse;

/// <summary>
/// Typed front matter as JSON, for the build cache (<see cref="BuildMemory"/>): a single build
/// takes the front matter of a file whose text an earlier build parsed without a remark from
/// there instead of parsing its YAML again, which was most of a rebuild's Parse stage (1.4 s for
/// 10,000 files). The writers are source-generated: no reflection on the hot path.
/// </summary>
[JsonSerializable(typeof(FrontMatter))]
[JsonSerializable(typeof(PageFrontMatter))]
[JsonSerializable(typeof(GoodPracticeFrontMatter))]
[JsonSerializable(typeof(EasyLanguageFrontMatter))]
[JsonSerializable(typeof(SeriesFrontMatter))]
[JsonSerializable(typeof(IssueFrontMatter))]
[JsonSerializable(typeof(ArticleFrontMatter))]
[JsonSerializable(typeof(NetworkFrontMatter))]
[JsonSerializable(typeof(ExhibitFrontMatter))]
[JsonSerializable(typeof(PortraitFrontMatter))]
[JsonSerializable(typeof(PublicationFrontMatter))]
internal sealed partial class FrontMatterJson : JsonSerializerContext
{
    /// <summary>Every kind of front matter, by the name its JSON carries.</summary>
    internal static readonly Type[] Kinds =
    [
        typeof(PageFrontMatter), typeof(GoodPracticeFrontMatter), typeof(EasyLanguageFrontMatter), typeof(SeriesFrontMatter),
        typeof(IssueFrontMatter), typeof(ArticleFrontMatter), typeof(NetworkFrontMatter), typeof(ExhibitFrontMatter),
        typeof(PortraitFrontMatter), typeof(PublicationFrontMatter),
    ];

    private static JsonTypeInfo<FrontMatter>? _info;

    // Made on first use: in a static initialiser, the generated Default would still count as unset.
    private static JsonTypeInfo<FrontMatter> Info => _info ??= (JsonTypeInfo<FrontMatter>)new JsonSerializerOptions
    {
        Converters = { new LocationConverter() },
        // The kinds are named here rather than by attributes on FrontMatter: the model does not know about the cache.
        TypeInfoResolver = Default.WithAddedModifier(info =>
        {
            if (info.Type != typeof(FrontMatter)) return;
            info.PolymorphismOptions = new JsonPolymorphismOptions { UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization };
            foreach (var kind in Kinds) info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(kind, kind.Name));
        }),
    }.GetTypeInfo(typeof(FrontMatter));

    /// <param name="file">The file the front matter was read from (<see cref="Discover.SourceFile.DisplayPath"/>), which its locations name.</param>
    public static void Write(Utf8JsonWriter writer, FrontMatter frontMatter, string file)
    {
        LocationConverter.File = file;
        JsonSerializer.Serialize(writer, frontMatter, Info);
    }

    /// <param name="file">The file the front matter was read from, as given to <see cref="Write"/>.</param>
    public static FrontMatter Read(ReadOnlySpan<byte> json, string file)
    {
        LocationConverter.File = file;
        return JsonSerializer.Deserialize(json, Info) ?? throw new JsonException("no front matter");
    }

    /// <summary>
    /// A location as [line, column] where it is in the file being written or read, which is where
    /// every location of a front matter is: the file's name in each of them made the table twice
    /// as large, and a string of its own in every location read back.
    /// </summary>
    private sealed class LocationConverter : JsonConverter<SourceLocation>
    {
        [ThreadStatic] internal static string? File;

        public override SourceLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray || !reader.Read()) throw new JsonException("a location is [line, column]");
            var line = reader.GetInt32();
            reader.Read();
            var column = reader.GetInt32();
            reader.Read();
            var file = File ?? throw new JsonException("no file to read locations in");
            if (reader.TokenType == JsonTokenType.String)
            {
                file = reader.GetString()!;
                reader.Read();
            }
            if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a location is [line, column]");
            return new SourceLocation(file, line, column);
        }

        public override void Write(Utf8JsonWriter writer, SourceLocation value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Line);
            writer.WriteNumberValue(value.Column);
            if (value.File != File) writer.WriteStringValue(value.File);
            writer.WriteEndArray();
        }
    }
}
