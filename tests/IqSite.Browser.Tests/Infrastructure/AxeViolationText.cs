using Deque.AxeCore.Commons;

namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>An axe violation written out so a failing test says what to fix without rerunning it.</summary>
internal static class AxeViolationText
{
    public static string Format(TemplatePage page, AxeResultItem violation)
    {
        var targets = violation.Nodes.Select(n => $"    {n.Target}  {n.Html}");
        return $"{page}: [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})\n" + string.Join('\n', targets);
    }
}
