using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Graph.Tests.Neo4j;

public sealed class DockerComposeTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Compose");

    private static string Compose => File.ReadAllText(Path.Combine(Folder, "docker-compose.yml"));

    [Fact]
    public void The_image_is_the_Neo4j_5_26_LTS_community_edition()
    {
        var image = Assert.Single(Regex.Matches(Compose, @"(?m)^\s+image:\s*(\S+)\s*$")).Groups[1].Value;

        Assert.Matches(@"^neo4j:5\.26(\.\d+)?-community$", image);
    }

    [Fact]
    public void The_HTTP_and_Bolt_ports_are_published()
    {
        var ports = Regex.Matches(Compose, @"(?m)^\s+-\s*""?(\d+:\d+)""?\s*$").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("7474:7474", ports);
        Assert.Contains("7687:7687", ports);
    }

    [Fact]
    public void Auth_comes_from_the_env_file_and_APOC_data_volume_and_healthcheck_are_set()
    {
        Assert.Matches(@"(?m)^\s+NEO4J_AUTH:\s*neo4j/\$\{NEO4J_PASSWORD:\?", Compose);
        Assert.Matches(@"(?m)^\s+NEO4J_PLUGINS:\s*'\[""apoc""\]'\s*$", Compose);
        Assert.Matches(@"(?m)^\s+-\s*neo4j-data:/data\s*$", Compose);
        Assert.Matches(@"(?m)^  neo4j-data:\s*$", Compose);
        Assert.Matches(@"(?m)^\s+healthcheck:\s*$", Compose);
        Assert.Matches(@"(?m)^\s+test:.*7474", Compose);
        var example = File.ReadAllText(Path.Combine(Folder, "env.example"));
        Assert.Matches(@"(?m)^NEO4J_PASSWORD=\S{8,}$", example);
    }

    [Fact]
    public async Task Docker_compose_accepts_the_file_when_a_password_is_set_and_refuses_it_without()
    {
        var tool = FindOnPath("docker-compose");
        if (tool is null)
        {
            Assert.Skip("docker-compose is not installed (Debian: apt-get install docker-compose); the file was checked by parsing only.");
        }

        var directory = Directory.CreateTempSubdirectory("graph-compose-");
        try
        {
            File.Copy(Path.Combine(Folder, "docker-compose.yml"), Path.Combine(directory.FullName, "docker-compose.yml"));
            Assert.Equal(0, await RunAsync(tool, directory.FullName, "test-password"));
            Assert.NotEqual(0, await RunAsync(tool, directory.FullName, null));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<int> RunAsync(string tool, string directory, string? password)
    {
        var start = new ProcessStartInfo(tool, "config -q")
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("NEO4J_PASSWORD");
        if (password is not null)
        {
            start.Environment["NEO4J_PASSWORD"] = password;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(await error);
        return process.ExitCode;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
