using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>
/// The labelled level fields found by trying only the lines whose first word begins a label (<see cref="SeniorityField.LabelledFields"/>)
/// must be exactly those a scan of the pattern finds: on every real posting we hold and on seeded random texts of labels,
/// values, spaces and line breaks.
/// </summary>
public sealed class SeniorityFieldSearchTests
{
    private static List<(int, int, string)> Scanned(string text) =>
        [.. SeniorityField.LabelledLevel().Matches(text).Select(m => (m.Index, m.Length, m.Groups["value"].Value))];

    private static List<(int, int, string)> Searched(string text) =>
        [.. SeniorityField.LabelledFields(text).Select(m => (m.Index, m.Length, m.Groups["value"].Value))];

    [Fact]
    public void Finds_what_a_scan_finds_in_every_real_posting()
    {
        var matched = 0;
        foreach (var text in RepositoryData.HnTexts().Concat(RepositoryData.GoldenDescriptions()).Select(HtmlToText.Convert))
        {
            var expected = Scanned(text);
            Assert.Equal(expected, Searched(text));
            matched += expected.Count > 0 ? 1 : 0;
        }
        // Few of these postings print the field (three at the time of writing); the random texts below hold it often.
        Assert.True(matched >= 3, $"matched {matched} postings");
    }

    private static readonly string[] Words =
    [
        "Seniority", "seniority level", "SENIORITY", "Experience", "experience level", "Experience Level", "Career level", "Job level",
        "Position level", "Role level", "Level", "level of experience", "Poziom", "poziom doświadczenia", "Karrierestufe",
        "\u212Aarrierestufe", "Berufserfahrung", "Niveau", "Senior", "Mid-Senior level", "Entry level", "Junior", "Internship",
        "Not Applicable", "Associate", "3 years", "Jobs", "Levels", "Experienced", "role", "Rolex", "1.", "-", "*", "•", ":", ": ", ".",
        "Ñiveau", "nivéau", "Sénior", "job_level", "Job2", "x", "the", "we value experience", "level:", "Seniority:", "Experience:\n",
    ];

    private static readonly string[] Separators = [" ", " ", "", "\n", "\n", "\r\n", "\t", "\u00a0", ": ", ":\n", "  \n ", "\u2028"];

    [Fact]
    public void Finds_what_a_scan_finds_in_random_texts()
    {
        var random = new Random(20261208);
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var s = RandomTexts.Next(random, Words, Separators, 14);
            var expected = Scanned(s);
            var actual = Searched(s);
            Assert.True(expected.SequenceEqual(actual), $"on \"{s}\": scan {string.Join(' ', expected)}, search {string.Join(' ', actual)}");
            matched += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(matched >= 1000, $"matched {matched} random texts");
    }
}
