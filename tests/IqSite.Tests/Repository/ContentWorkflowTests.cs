using IqSite.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace IqSite.Tests.Repository;

/// <summary>
/// .github/workflows/content.yml: it parses, runs on pull requests, checks with annotations and
/// builds with exactly the command README.md gives for building the sample site.
/// </summary>
public sealed class ContentWorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepoRoot.Path, ".github", "workflows", "content.yml");

    private static readonly string ReadmePath = Path.Combine(RepoRoot.Path, "README.md");

    private static YamlMappingNode LoadWorkflow()
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(WorkflowPath)))
            stream.Load(reader);
        Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Every step of every job, in file order.</summary>
    private static List<YamlMappingNode> Steps(YamlMappingNode workflow)
    {
        var jobs = Assert.IsType<YamlMappingNode>(Child(workflow, "jobs"));
        return jobs.Children.Values
            .Cast<YamlMappingNode>()
            .SelectMany(job => Child(job, "steps") is YamlSequenceNode steps ? steps.Children.Cast<YamlMappingNode>() : [])
            .ToList();
    }

    /// <summary>The text of each `run:` step, in file order.</summary>
    private static List<string> Runs(YamlMappingNode workflow) =>
        Steps(workflow)
            .Select(step => Child(step, "run"))
            .OfType<YamlScalarNode>()
            .Select(run => run.Value ?? "")
            .ToList();

    /// <summary>
    /// The README's build command: inside the first ```sh block that has a comment line
    /// "# Build the sample site …", the first command line after that comment.
    /// </summary>
    private static string ReadmeBuildCommand()
    {
        var lines = File.ReadAllLines(ReadmePath);
        var inFence = false;
        var inShBlock = false;
        var afterBuildComment = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (inShBlock && afterBuildComment)
                    break; // the block ended without a command after the comment
                inFence = !inFence;
                inShBlock = inFence && line is "```sh" or "```bash" or "```shell";
                afterBuildComment = false;
                continue;
            }
            if (!inShBlock)
                continue;
            if (line.StartsWith('#'))
            {
                if (line.TrimStart('#').TrimStart().StartsWith("Build the sample site", StringComparison.OrdinalIgnoreCase))
                    afterBuildComment = true;
                continue;
            }
            if (afterBuildComment && line.Length > 0)
                return line;
        }
        Assert.Fail("README.md has no ```sh block with a '# Build the sample site' comment followed by a command");
        return "";
    }

    [Fact]
    public void The_workflow_parses_and_runs_on_pull_requests_that_touch_the_content()
    {
        var workflow = LoadWorkflow();

        // "on" is a plain string key for YamlDotNet's representation model (no YAML 1.1 booleans).
        var on = Assert.IsType<YamlMappingNode>(Child(workflow, "on"));
        var pullRequest = Assert.IsType<YamlMappingNode>(Child(on, "pull_request"));
        var paths = Assert.IsType<YamlSequenceNode>(Child(pullRequest, "paths"))
            .Children.Cast<YamlScalarNode>().Select(p => p.Value).ToList();
        Assert.Contains("input/**", paths);
        Assert.Contains("themes/**", paths);
        Assert.Contains("src/**", paths);
        Assert.Contains("package*.json", paths);

        var permissions = Assert.IsType<YamlMappingNode>(Child(workflow, "permissions"));
        Assert.Equal("read", Assert.IsType<YamlScalarNode>(Child(permissions, "contents")).Value);
    }

    [Fact]
    public void The_readme_names_a_build_command()
    {
        var command = ReadmeBuildCommand();
        Assert.Contains("--project src/IqSite.Cli", command);
        Assert.Contains(" build", command);
    }

    [Fact]
    public void The_build_step_runs_the_readme_build_command_verbatim()
    {
        var command = ReadmeBuildCommand();
        var runs = Runs(LoadWorkflow());

        Assert.True(
            runs.Any(run => run.Split('\n').Any(l => l.Trim() == command)),
            $"no run: step of content.yml is the README's build command\n  README:   {command}\n  workflow: {string.Join("\n            ", runs)}");
    }

    [Fact]
    public void A_step_checks_with_github_annotations_before_the_build()
    {
        var runs = Runs(LoadWorkflow());
        var command = ReadmeBuildCommand();

        var check = runs.FindIndex(run => run.Contains("check --format github", StringComparison.Ordinal));
        var build = runs.FindIndex(run => run.Split('\n').Any(l => l.Trim() == command));
        Assert.True(check >= 0, "no run: step runs 'check --format github'");
        Assert.True(build >= 0, $"no run: step runs the README's build command: {command}");
        Assert.True(check < build, "the check step should come before the build step");
    }

    [Fact]
    public void The_built_site_is_uploaded_as_an_artifact()
    {
        var upload = Steps(LoadWorkflow()).Single(step =>
            (Child(step, "uses") as YamlScalarNode)?.Value?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        var with = Assert.IsType<YamlMappingNode>(Child(upload, "with"));
        Assert.Equal("site", Assert.IsType<YamlScalarNode>(Child(with, "name")).Value);
        Assert.Equal("output/", Assert.IsType<YamlScalarNode>(Child(with, "path")).Value);
    }
}
