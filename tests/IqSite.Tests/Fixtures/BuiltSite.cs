namespace IqSite.Tests.Fixtures;

/// <summary>A built fixture site, for class fixtures that share one build between tests.</summary>
public sealed class BuiltSite : IDisposable
{
    internal BuiltSite(string files)
    {
        Test = TestSite.Create(files);
        Result = Test.BuildSucceeds();
    }

    internal TestSite Test { get; }

    public BuildResult Result { get; }

    public void Dispose() => Test.Dispose();
}
