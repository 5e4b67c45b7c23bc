using Xunit.Sdk;

namespace IqSite.Tests.Fixtures;

/// <summary>The reciprocity check the sitemap tests rely on must reject what search engines reject.</summary>
public sealed class SitemapCheckTests
{
    private const string De = "https://example.org/de/a/";
    private const string En = "https://example.org/en/a/";

    [Fact]
    public void Reciprocal_alternates_pass()
    {
        Sitemap.AssertAlternatesAreReciprocal(
        [
            new(De, null, [("de", De), ("en", En), ("x-default", De)]),
            new(En, null, [("de", De), ("en", En), ("x-default", De)]),
        ]);
    }

    [Fact]
    public void Alternate_that_does_not_name_the_page_back_fails()
    {
        Assert.ThrowsAny<XunitException>(() => Sitemap.AssertAlternatesAreReciprocal(
        [
            new(De, null, [("de", De), ("en", En), ("x-default", De)]),
            new(En, null, []),
        ]));
    }

    [Fact]
    public void Alternate_missing_from_the_sitemap_fails()
    {
        Assert.ThrowsAny<XunitException>(() => Sitemap.AssertAlternatesAreReciprocal(
        [
            new(De, null, [("de", De), ("en", En), ("x-default", De)]),
        ]));
    }

    [Fact]
    public void Alternates_without_the_page_itself_fail()
    {
        Assert.ThrowsAny<XunitException>(() => Sitemap.AssertAlternatesAreReciprocal(
        [
            new(De, null, [("en", En), ("x-default", En)]),
            new(En, null, [("en", En), ("x-default", En)]),
        ]));
    }
}
