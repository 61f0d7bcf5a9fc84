using System.Text.RegularExpressions;
using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>
/// The hand-written start tests of the negation and part-remote patterns skip an attempt only where the pattern finds no match:
/// at every position of every real posting and of seeded random texts built from the words the tests read, in random case, with
/// odd spacing and characters beyond ASCII that case-insensitive matching equates with ASCII letters.
/// </summary>
public sealed class WorkModeStartCheckTests
{
    /// <summary>
    /// The start checks (WorkModeDetector.StartChecks.cs) mirror the branches of these two patterns by hand, and the random texts
    /// below hold the words of today's branches only: a new branch whose words they lack could slip past the other tests. So a
    /// changed pattern fails here until its start check has been read again, the new branch's words added to <see cref="Words"/>,
    /// and the pattern's SHA-256 below updated.
    /// </summary>
    [Theory]
    [InlineData(nameof(WorkModeDetector.NoRemotePattern), "F958E5138FF8D90F45934EDB0EF21041B2102D129FAD557BBEEA5E72F9142E78")]
    [InlineData(nameof(WorkModeDetector.PartRemotePattern), "567976A42553831D3644262BE565212171E7A5FE716222BD7F98B2EBA1770243")]
    public void The_start_checks_were_written_for_these_patterns(string name, string sha256)
    {
        var pattern = name == nameof(WorkModeDetector.NoRemotePattern) ? WorkModeDetector.NoRemotePattern : WorkModeDetector.PartRemotePattern;
        Assert.Equal(sha256, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pattern))));
    }

    public static TheoryData<string> Checked() => ["NoRemote", "PartRemote"];

    private static (AnchoredPattern Pattern, AnchoredPattern.MayMatchAt Check) Of(string name) => name switch
    {
        "NoRemote" => (WorkModeDetector.NoRemote, WorkModeDetector.NoRemoteMayStartAt),
        _ => (WorkModeDetector.PartRemote, WorkModeDetector.PartRemoteMayStartAt),
    };

    private static readonly Lazy<List<string>> RealTexts = new(() =>
        [.. RepositoryData.HnTexts().Concat(RepositoryData.GoldenDescriptions()).Select(HtmlToText.Convert)]);

    private static readonly string[] Words =
    [
        "no", "not", "non", "without", "never", "a", "able", "to", "offer", "fully", "full", "100%", "remote", "remotely", "Remote (US)", "temporarily",
        "temporary", "until", "during", "covid", "is", "isn't", "not", "possible", "open", "offering", "eligible", "for", "work", "working", "from", "home",
        "home-office", ":", "(no)", "(", ")", "|", ",", "-", "applicants", "candidates", "applications", "will", "can't", "cannot", "be", "done", "performed",
        "carried out", "conducted", "accommodate", "hire", "up", "six", "weeks", "per", "year", "one", "two", "three", "four", "1", "2", "3", "12", "100",
        "4-5", "%", "20%", "day", "days", "x", "2x", "wfh", "WFH", "ok", "O\u212A", "wor\u212A", "\u212A", "\u017Fome", "\u0130s", "r\u00e9mote", "\u00a0",
        "\u0663", "most", "much", "part", "of", "the", "time", "week", "wk", "once", "twice", "allowed", "available", "optional", "some", "sometimes",
        "occasional", "few", "hybrid", "hybrid-remote", "mostly", "majority", "Mondays", "Tuesday", "wednesday", "friday", "on", "each", "every", "Node",
        "North", "NOTE", "Austin", "Account", "ThreeFlow", "onesie", "homes", "support", "consider",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "  ", "\n", "-", "", "\t", "\u2009"];

    private static string RandomText(Random random) => RandomTexts.Next(random, Words, Separators, 14, varyCase: true);

    [Theory]
    [MemberData(nameof(Checked))]
    public void The_start_test_lets_through_every_position_where_the_pattern_matches(string name)
    {
        var (pattern, check) = Of(name);
        var anchored = new Regex(@"\G(?:" + pattern.Pattern + ")", pattern.Options | RegexOptions.Compiled);
        var random = new Random(20261208);
        var matched = 0;
        var skipped = 0;
        foreach (var text in RealTexts.Value.Concat(Enumerable.Range(0, 30_000).Select(_ => RandomText(random))))
        {
            for (var at = 0; at < text.Length; at++)
            {
                if (check(text, at))
                {
                    matched += anchored.IsMatch(text, at) ? 1 : 0;
                    continue;
                }
                Assert.True(!anchored.IsMatch(text, at), $"{name} skipped at {at} of \"{text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 60)]}\"");
                skipped += char.IsLetterOrDigit(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) ? 1 : 0;
            }
        }
        // The comparison means something only if the pattern matches now and then and the test skips word starts.
        Assert.True(matched >= 200 && skipped >= 10_000, $"{name}: {matched} matches, {skipped} word starts skipped");
    }
}
