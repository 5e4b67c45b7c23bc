using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Render;

public sealed class ContactLinkTests
{
    [Fact]
    public void Phone_number_written_with_spaces_and_slashes_is_shown_as_written_and_linked_as_digits()
    {
        // Editors write numbers as printed ("069 / 27224868"); RFC 3966 allows no spaces or slashes in a tel: URI.
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("telefon", "de").Replace("  name: \"Contact telefon\"\n", "  name: \"Contact telefon\"\n  phone: \"069 / 27224868\"\n")));
        site.BuildSucceeds();

        var address = Html.Parse(site.ReadOutput("de/gute-praxis/telefon/index.html")).QuerySelector("address")!;

        Assert.Contains("069 / 27224868", address.TextContent);
        var link = Assert.Single(address.QuerySelectorAll("a[href^='tel:']"));
        Assert.Equal("tel:06927224868", link.GetAttribute("href"));
        Assert.Equal("069 / 27224868", link.TextContent);
    }
}
