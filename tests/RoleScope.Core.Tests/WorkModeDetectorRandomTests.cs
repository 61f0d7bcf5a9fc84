using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;

namespace RoleScope.Core.Tests;

/// <summary>
/// Seeded random test: postings are composed from phrase pools labelled with the arrangement they state, and the detector
/// must return the most flexible one present (remote, then hybrid, then on site; unknown when no pool phrase says anything),
/// except that a company's description of itself ("a remote-first company") offers nothing to a role said to be onsite.
/// </summary>
public sealed class WorkModeDetectorRandomTests
{
    private const int Cases = 500;

    private static readonly string[] RemotePhrases =
    [
        "This role is fully remote.",
        "Remote (US only).",
        "We are a remote-first company.",
        "Remote within Europe is fine.",
        "You can work from anywhere in the world.",
        "Remote OK for the right person.",
        "The team is fully distributed.",
        "Remote-friendly, with an optional office in Austin.",
    ];

    /// <summary>Remote phrases that describe the company or team, not the role.</summary>
    private static readonly string[] CompanyLevelRemote = ["We are a remote-first company.", "The team is fully distributed."];

    /// <summary>The onsite phrase that speaks of the role itself.</summary>
    private const string RoleOnsite = "This position is onsite.";

    private static readonly string[] HybridPhrases =
    [
        "Hybrid, 3 days in office per week.",
        "This is a hybrid role.",
        "We work 2 days a week in the office.",
        "2 days remote per week, the rest at our studio.",
        "Work from home twice a week.",
        "Hybrid (two days in the office).",
    ];

    private static readonly string[] OnsitePhrases =
    [
        RoleOnsite,
        "On-site in Denver.",
        "No remote, sorry.",
        "The role is not remote.",
        "You will work in-person with the hardware team.",
        "Office-based in Leeds.",
        "We work in the office five days a week.",
    ];

    private static readonly string[] NeutralPhrases =
    [
        "We build scheduling software for clinics.",
        "Our office is near Union Square.",
        "We are based in Berlin.",
        "Located in Austin, TX.",
        "We build remote sensing pipelines for farms.",
        "Our customers use remote patient monitoring devices.",
        "Salary: $150k - $180k.",
        "You will own the billing service end to end.",
        "We value clear writing and kind reviews.",
    ];

    [Fact]
    public void Composed_postings_give_the_most_flexible_stated_mode()
    {
        var random = new Random(424242);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var sentences = new List<string>();
            var expected = WorkMode.Unknown;
            // Each arrangement is stated or not; a posting stating several offers the most flexible one.
            if (random.Next(3) == 0)
            {
                sentences.Add(Pick(random, OnsitePhrases));
                expected = WorkMode.Onsite;
            }
            if (random.Next(3) == 0)
            {
                sentences.Add(Pick(random, HybridPhrases));
                expected = WorkMode.Hybrid;
            }
            if (random.Next(3) == 0)
            {
                var remote = Pick(random, RemotePhrases);
                sentences.Add(remote);
                // What a company says of itself ("a remote-first company") offers nothing to a role said to be onsite.
                if (!(CompanyLevelRemote.Contains(remote) && sentences.Contains(RoleOnsite)))
                {
                    expected = WorkMode.Remote;
                }
            }
            var neutral = random.Next(1, 5);
            for (var k = 0; k < neutral; k++)
            {
                sentences.Add(Pick(random, NeutralPhrases));
            }
            Shuffle(random, sentences);
            var text = string.Join(random.Next(2) == 0 ? " " : "\n", sentences);

            var (mode, start, end) = WorkModeDetector.Detect(text);

            if (mode != expected)
            {
                failures.Add($"#{i}: expected {expected}, got {mode} from '{text[start..end]}' in: {text.Replace("\n", " \\n ", StringComparison.Ordinal)}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} composed postings misread:\n{string.Join("\n", failures.Take(15))}");
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
