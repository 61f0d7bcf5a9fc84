namespace RoleScope.Sources.Tests;

/// <summary>Reads the real postings of ../shared/data in place (they are never copied into the repository).</summary>
public sealed class SharedDataTests
{
    [Fact]
    public void Reads_the_2023_hn_archive_and_rejects_only_offers_of_work()
    {
        var files = Directory.GetFiles(Path.Combine(DataDirectory(), "hn-2023h1"), "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(6, files.Length);

        var records = files.SelectMany(f => PostingReaders.ReadFile(f)).ToList();

        // Six "SEEKING WORK" posts: freelancers and agencies offering their services, each rejected with its reason.
        var rejects = records.Rejects();
        Assert.Equal(6, rejects.Count);
        Assert.All(rejects, r => Assert.Contains("offers work (\"SEEKING WORK\")", r.Reason, StringComparison.Ordinal));
        var postings = records.Postings();
        Assert.Equal(2481 - 6, postings.Count);
        Assert.Equal(2278 - 6, postings.Select(p => p.Posting.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(postings, p => p.Posting.Description.TrimStart().StartsWith("SEEKING WORK", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(postings, p => p.Posting.Description.StartsWith("SEEKING FREELANCER", StringComparison.Ordinal));
        Assert.All(postings, p =>
        {
            Assert.Equal("hn", p.Posting.Source);
            Assert.Null(p.Posting.Title);
            Assert.Null(p.Posting.Labels);
            Assert.False(string.IsNullOrWhiteSpace(p.Posting.Description));
            Assert.Equal("https://news.ycombinator.com/item?id=" + p.Posting.Id, p.Posting.Url);
        });
        // One record a line: the last record of each month's file is on its last line.
        Assert.Equal(File.ReadLines(files[0]).Count(), records.Where(r => r.File == files[0]).Max(r => r.Line));
    }

    [Fact]
    public void Reads_the_nofluffjobs_csv_with_no_rejects_and_its_labels()
    {
        var path = Path.Combine(DataDirectory(), "nofluffjobs-2022", "job_postings.csv");

        var records = PostingReaders.ReadFile(path).ToList();

        Assert.Empty(records.Rejects());
        var postings = records.Postings();
        Assert.Equal(1108, postings.Count);
        Assert.Equal(1096, postings.Select(p => p.Posting.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(postings, p =>
        {
            Assert.Equal("csv", p.Posting.Source);
            Assert.StartsWith("csv-", p.Posting.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.Posting.Title));
            var labels = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(p.Posting.Labels);
            Assert.Contains(labels["seniority"], new[] { "Trainee", "Junior", "Mid", "Senior", "Expert" });
            Assert.False(string.IsNullOrWhiteSpace(labels["main_category"]));
            Assert.False(labels.ContainsKey("position") || labels.ContainsKey("description") || labels.ContainsKey("salary_lower"));
            Assert.NotNull(p.Posting.Salary?.Min);
        });
        // Descriptions span many lines, so records start on lines far apart, in increasing order.
        Assert.Equal(2, postings[0].Line);
        Assert.True(postings.Zip(postings.Skip(1)).All(pair => pair.First.Line < pair.Second.Line));
        Assert.True(postings[^1].Line > 1108 + 1);
    }

    /// <summary>Walks up from the test binaries to the directory that holds shared/data (a sibling of the repository).</summary>
    private static string DataDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        Assert.Fail($"no shared/data above {AppContext.BaseDirectory}");
        return "";
    }
}
