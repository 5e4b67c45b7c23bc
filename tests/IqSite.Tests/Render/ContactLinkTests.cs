using IqSite.Tests.Fixtures;

namespace IqSite.Tests.Render;

public sealed class ContactLinkTests
{
    [Fact]
    public void Phone_number_written_with_spaces_and_slashes_is_shown_and_never_an_invalid_tel_uri()
    {
        // Editors write numbers as printed ("069 / 27224868"); RFC 3966 allows no spaces or slashes in a tel: URI.
        using var site = TestSite.Create(SiteFiles.Join(SiteFiles.Base,
            SiteFiles.Sheet("telefon", "de").Replace("  name: \"Contact telefon\"\n", "  name: \"Contact telefon\"\n  phone: \"069 / 27224868\"\n")));
        site.BuildSucceeds();

        var address = Html.Parse(site.ReadOutput("de/gute-praxis/telefon/index.html")).QuerySelector("address")!;

        Assert.Contains("069 / 27224868", address.TextContent);
        Assert.All(address.QuerySelectorAll("a[href^='tel:']"), link => Assert.Matches(@"^tel:\+?[0-9][0-9().-]*$", link.GetAttribute("href")));
    }
}
