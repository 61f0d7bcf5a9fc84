namespace RoleScope.Evaluation.Tests;

/// <summary>The real data (../shared/data, read in place) and the golden postings (tests/golden), found by walking up.</summary>
internal static class RepositoryFolders
{
    public static string SharedData { get; } = Find(Path.Combine("shared", "data"));

    public static string Golden { get; } = Find(Path.Combine("tests", "golden"));

    public static string NoFluffJobsCsv => Path.Combine(SharedData, "nofluffjobs-2022", "job_postings.csv");

    public static string SkillSpanDev => Path.Combine(SharedData, "skillspan", "dev.json");

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}.");
    }
}
