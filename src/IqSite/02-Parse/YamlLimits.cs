using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IqSite.Parse;

/// <summary>
/// Passes YAML events on to YamlDotNet's loader and stops, with a <see cref="YamlException"/> at
/// the offending place, before a file can harm the build: the loader recurses once per nesting
/// level (so deep nesting overflows the stack and kills the process), and an alias ('*name') that
/// repeats an anchored value ('&amp;name') shares it, so a few lines can stand for billions of
/// values or, pointing into themselves, for an endless loop.
/// </summary>
internal sealed class YamlLimits(IParser inner) : IParser
{
    /// <summary>The site's deepest YAML (a taxonomy term's slug per language) has 5 levels.</summary>
    public const int MaxDepth = 20;

    /// <summary>
    /// Values in one file, counting each alias as the whole value it repeats. taxonomies.yml, the
    /// largest file, has about 1,000; the limit leaves room for growth and stops alias bombs.
    /// </summary>
    public const int MaxValues = 100_000;

    private readonly Stack<(AnchorName Anchor, int ValuesBefore)> _open = new();
    private readonly Dictionary<AnchorName, int> _sizes = [];
    private int _values;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read so far ends: how far the text could be read.</summary>
    public Mark End => inner.Current?.End ?? Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case AnchorAlias alias when _open.Any(o => o.Anchor == alias.Value):
                throw new YamlLimitExceeded(alias.Start, alias.End,
                    $"the alias '*{alias.Value}' is used inside the value '&{alias.Value}' it repeats, which never ends: write the value out instead");
            case AnchorAlias alias:
                Count(alias, _sizes.GetValueOrDefault(alias.Value, 1));
                break;
            case Scalar scalar:
                Count(scalar, 1);
                if (!scalar.Anchor.IsEmpty) _sizes[scalar.Anchor] = 1;
                break;
            case NodeEvent start and (SequenceStart or MappingStart):
                if (_open.Count == MaxDepth)
                    throw new YamlLimitExceeded(start.Start, start.End,
                        $"the values are nested more than {MaxDepth} levels deep: check the indentation and the brackets [ ] {{ }}");
                _open.Push((start.Anchor, _values));
                Count(start, 1);
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, before) = _open.Pop();
                if (!anchor.IsEmpty) _sizes[anchor] = _values - before;
                break;
        }
        return true;
    }

    private void Count(ParsingEvent at, int values)
    {
        _values += values;
        if (_values > MaxValues)
            throw new YamlLimitExceeded(at.Start, at.End,
                $"the file holds more than {MaxValues} values (an alias '*name' counts as the whole value it repeats): write repeated values out, or split the file");
    }
}

/// <summary>A limit of <see cref="YamlLimits"/>: reported as it is, not as a syntax error.</summary>
internal sealed class YamlLimitExceeded(Mark start, Mark end, string message) : YamlException(start, end, message);
