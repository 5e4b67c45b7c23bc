using IqSite.Assemble;

namespace IqSite.Render;

/// <summary>A page's finished HTML document.</summary>
public sealed record RenderedPage(Page Page, string Html);
