using System.Collections.Concurrent;
using System.Globalization;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Analytics.Statistics;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Analytics;

/// <summary>
/// Computes profiles and comparisons (metrics.md) over a <see cref="MarketIndex"/> and a slice. Pure: give it postings or an
/// index, get figures. A posting belongs to every family any of its roles has; counts are of postings. Safe to share between
/// threads: each family's figures are computed once, by the first caller, and the others wait for them.
/// </summary>
public sealed class MarketAnalyzer
{
    private readonly PostingBits _slice;
    private readonly SkillTaxonomy _taxonomy;
    private readonly ConcurrentDictionary<RoleFamily, Lazy<FamilyStats>> _stats = new();
    private readonly ConcurrentDictionary<RoleFamily, Lazy<FamilyProfile>> _profiles = new();
    private readonly Lazy<(int[] Ids, string[] Names)> _skillCategories;

    public MarketAnalyzer(IEnumerable<MarketPosting> postings, SkillTaxonomy taxonomy, AnalysisOptions? options = null, MarketSlice? slice = null)
        : this(MarketIndex.Build(postings), taxonomy, options, slice)
    {
    }

    public MarketAnalyzer(MarketIndex index, SkillTaxonomy taxonomy, AnalysisOptions? options = null, MarketSlice? slice = null)
    {
        Index = index;
        Options = options ?? new AnalysisOptions();
        Slice = slice ?? MarketSlice.All;
        _taxonomy = taxonomy;
        _slice = SliceSelector.Select(index, Slice);
        SlicePostings = _slice.Count();
        _skillCategories = new(NumberCategories);
    }

    public MarketIndex Index { get; }
    public AnalysisOptions Options { get; }
    public MarketSlice Slice { get; }
    public int SlicePostings { get; }

    /// <summary>Postings per family in the slice, largest first.</summary>
    public IReadOnlyList<(RoleFamily Family, int Postings)> Families() =>
        [.. Enum.GetValues<RoleFamily>()
            .Select(f => (f, PostingBits.CountAnd(_slice, Index.Family(f))))
            .Where(x => x.Item2 > 0)
            .OrderByDescending(x => x.Item2).ThenBy(x => x.f)];

    /// <summary>Postings per source in the slice, largest first.</summary>
    public IReadOnlyList<(string Source, int Postings)> Sources()
    {
        var counts = new int[Index.SourceNames.Count];
        foreach (var p in _slice)
        {
            counts[Index.SourceOf(p)]++;
        }
        return [.. counts.Select((c, i) => (Index.SourceNames[i], c)).Where(x => x.c > 0).OrderByDescending(x => x.c).ThenBy(x => x.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The posting days the slice's dated postings span.</summary>
    public DateWindow? Window() => WindowOf(_slice);

    public FamilyProfile Profile(RoleFamily family) =>
        _profiles.GetOrAdd(family, f => new Lazy<FamilyProfile>(() => new ProfileBuilder(this, Stats(f)).Build())).Value;

    public FamilyComparison Compare(RoleFamily a, RoleFamily b) => new ComparisonBuilder(this).Build(a, b);

    internal FamilyStats Stats(RoleFamily family) =>
        _stats.GetOrAdd(family, f => new Lazy<FamilyStats>(() => new FamilyStats(Index, _slice, f, Options, Slice))).Value;

    internal PostingBits SliceBits => _slice;

    /// <summary>Each index skill's category as a number (into <see cref="CategoryNames"/>), computed once per analyzer.</summary>
    internal int[] SkillCategories => _skillCategories.Value.Ids;

    internal IReadOnlyList<string> CategoryNames => _skillCategories.Value.Names;

    private (int[] Ids, string[] Names) NumberCategories()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var categories = new int[Index.SkillNames.Count];
        for (var s = 0; s < categories.Length; s++)
        {
            var category = CategoryOf(Index.SkillNames[s]);
            if (!ids.TryGetValue(category, out var id))
            {
                id = names.Count;
                ids[category] = id;
                names.Add(category);
            }
            categories[s] = id;
        }
        return (categories, [.. names]);
    }

    internal string CategoryOf(string skill) => _taxonomy.ByName.TryGetValue(skill, out var e) ? e.Category : "unknown";

    internal SkillTaxonomy Taxonomy => _taxonomy;

    internal DateWindow? WindowOf(PostingBits set)
    {
        int min = int.MaxValue, max = 0;
        foreach (var p in set)
        {
            var day = Index.DayOf(p);
            if (day != 0)
            {
                min = Math.Min(min, day);
                max = Math.Max(max, day);
            }
        }
        return max == 0 ? null : new DateWindow(MarketIndex.DateOf(min), MarketIndex.DateOf(max));
    }

    internal static string MonthName(int day)
    {
        var d = MarketIndex.DateOf(day);
        return d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}

internal static class StableHash
{
    /// <summary>FNV-1a: string.GetHashCode is randomised per process, and bootstrap seeds must not be.</summary>
    public static int GetStableHash(this string s)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in s)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash;
        }
    }
}
