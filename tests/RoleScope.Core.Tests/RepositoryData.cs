using System.Text.Json;

namespace RoleScope.Core.Tests;

/// <summary>Real postings read in place: the Hacker News items of ../shared/data and the project's golden file.</summary>
internal static class RepositoryData
{
    /// <summary>The HTML text of every Hacker News item in ../shared/data/hn-2023h1.</summary>
    public static List<string> HnTexts()
    {
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(FindUp(Path.Combine("shared", "data")), "hn-2023h1"), "*.jsonl"))
        {
            texts.AddRange(Strings(file, "hn_text"));
        }
        return texts;
    }

    /// <summary>The description of every posting of tests/golden/postings.jsonl.</summary>
    public static List<string> GoldenDescriptions() =>
        [.. Strings(Path.Combine(FindUp(Path.Combine("tests", "golden")), "postings.jsonl"), "description")];

    private static IEnumerable<string> Strings(string path, string property)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0 && JsonDocument.Parse(line).RootElement.TryGetProperty(property, out var value) && value.GetString() is { } text)
            {
                yield return text;
            }
        }
    }

    /// <summary>The nearest folder above the test binaries holding <paramref name="relative"/> (../shared/data is read in place).</summary>
    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(relative + " was not found above " + AppContext.BaseDirectory);
    }
}
