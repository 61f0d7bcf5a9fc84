namespace RoleScope.Cli.Tests;

/// <summary>The real postings in ../shared/data, read in place (never copied into the repository).</summary>
internal static class SharedData
{
    public static string Folder { get; } = Find();

    public static string[] HnFiles => [.. Directory.GetFiles(Path.Combine(Folder, "hn-2023h1"), "*.jsonl").Order(StringComparer.Ordinal)];

    public static string NoFluffJobsCsv => Path.Combine(Folder, "nofluffjobs-2022", "job_postings.csv");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("../shared/data was not found above " + AppContext.BaseDirectory + "; the tests read the real postings in place.");
    }
}
