namespace IqSite.Charts;

/// <summary>Every reason a spec cannot be rendered; empty means Render will not throw.</summary>
public sealed record ChartSpecProblems(IReadOnlyList<string> Messages)
{
    public bool IsValid => Messages.Count == 0;

    public override string ToString() => string.Join(Environment.NewLine, Messages);
}
