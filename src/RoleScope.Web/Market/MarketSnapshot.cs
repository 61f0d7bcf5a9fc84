using System.Collections.Frozen;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;

namespace RoleScope.Web.Market;

/// <summary>
/// Every stored posting at one store version, built once and then read by all requests without locks: the rows the job
/// board lists, a set of postings per facet value, two sort orders, and the <see cref="MarketIndex"/> the analytics use.
/// A newer store version gets a new snapshot (see <see cref="MarketState"/>); this one never changes.
/// </summary>
internal sealed class MarketSnapshot
{
    private MarketSnapshot(long version, PostingRow[] rows, MarketIndex index)
    {
        Version = version;
        Rows = rows;
        Index = index;
        var n = rows.Length;
        Families = Enum.GetValues<RoleFamily>().ToFrozenDictionary(f => f, _ => new Bits(n));
        Seniorities = Enum.GetValues<Seniority>().ToFrozenDictionary(s => s, _ => new Bits(n));
        WorkModes = Enum.GetValues<WorkMode>().ToFrozenDictionary(m => m, _ => new Bits(n));
        var ids = new Dictionary<(string, string), int>(n);
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            ids[(row.Source, row.SourceId)] = i;
            Families[row.Family].Set(i);
            Seniorities[row.Seniority].Set(i);
            WorkModes[row.WorkMode].Set(i);
        }
        CountryValues = new ValueSets([.. rows.Select(r => r.Countries)]);
        SkillValues = new ValueSets([.. rows.Select(r => r.Skills)]);
        Ids = ids.ToFrozenDictionary();
        // Newest first; undated postings last. Highest salary first; postings without one last, newest first among them.
        ByDate = [.. Enumerable.Range(0, n).OrderByDescending(i => rows[i].PostedAt ?? DateOnly.MinValue).ThenBy(i => i)];
        BySalary = [.. Enumerable.Range(0, n).OrderByDescending(i => rows[i].SalaryUsd ?? double.MinValue).ThenByDescending(i => rows[i].PostedAt ?? DateOnly.MinValue).ThenBy(i => i)];
    }

    public long Version { get; }
    public PostingRow[] Rows { get; }
    public MarketIndex Index { get; }
    public FrozenDictionary<RoleFamily, Bits> Families { get; }
    public FrozenDictionary<Seniority, Bits> Seniorities { get; }
    public FrozenDictionary<WorkMode, Bits> WorkModes { get; }
    public ValueSets CountryValues { get; }
    public ValueSets SkillValues { get; }
    public FrozenDictionary<string, Bits> Countries => CountryValues.ByName;
    public FrozenDictionary<string, Bits> Skills => SkillValues.ByName;
    public FrozenDictionary<(string Source, string SourceId), int> Ids { get; }
    public int[] ByDate { get; }
    public int[] BySalary { get; }

    /// <summary>Reads every posting once: the rows keep only what the board shows, the extraction goes into the index.</summary>
    public static MarketSnapshot Build(long version, IEnumerable<MarketPosting> postings, int expected)
    {
        var rows = new List<PostingRow>(expected);
        var index = MarketIndex.Empty();
        foreach (var p in postings)
        {
            index.Add(p);
            var e = p.Posting;
            rows.Add(new PostingRow(p.Source, e.Id, e.Title ?? e.Roles.FirstOrDefault()?.Title, e.Company, e.Family, e.Seniority, e.WorkMode,
                e.Countries, e.Skills, SalaryOf(e), p.PostedAt));
        }
        return new MarketSnapshot(version, [.. rows], index);
    }

    /// <summary>The salary the analytics use: the mean of the annual USD midpoints of the stated ranges.</summary>
    private static double? SalaryOf(ExtractedPosting posting)
    {
        decimal sum = 0;
        var count = 0;
        foreach (var s in posting.Salaries)
        {
            if (s.AnnualMidUsd is { } mid)
            {
                sum += mid;
                count++;
            }
        }
        return count == 0 ? null : (double)(sum / count);
    }
}
