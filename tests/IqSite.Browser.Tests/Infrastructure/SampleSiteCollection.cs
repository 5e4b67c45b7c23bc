namespace IqSite.Browser.Tests.Infrastructure;

/// <summary>The test classes that share one served sample site and browser; they only read it.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSiteInBrowser>
{
    public const string Name = "Served sample site";
}
