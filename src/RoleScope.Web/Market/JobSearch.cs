using RoleScope.Core.Domain;
using RoleScope.Web.Store;

namespace RoleScope.Web.Market;

/// <summary>Runs a <see cref="JobQuery"/> over a snapshot: set intersections, one pass for salary and date, pop counts for facets.</summary>
internal static class JobSearch
{
    /// <summary>Full-text matches looked at per query; a broader query still filters and counts, within these.</summary>
    public const int SearchLimit = 20_000;
    public const int TopSkills = 20;

    public static JobResult Run(MarketSnapshot market, JobQuery query, StoreAccess store)
    {
        var n = market.Rows.Length;
        var bits = Bits.All(n);
        if (query.Q is { } q)
        {
            var matches = new Bits(n);
            foreach (var key in store.Search(q, SearchLimit))
            {
                if (market.Ids.TryGetValue((key.Source, key.SourceId), out var i))
                {
                    matches.Set(i);
                }
            }
            bits.AndWith(matches);
        }
        AndWith(bits, query.Family, market.Families);
        AndWith(bits, query.Seniority, market.Seniorities);
        AndWith(bits, query.WorkMode, market.WorkModes);
        AndWith(bits, query.Country, market.Countries);
        AndWith(bits, query.Skill, market.Skills);
        if (query.MinSalary is not null || query.Since is not null)
        {
            var filtered = new Bits(n);
            bits.ForEach(i =>
            {
                var row = market.Rows[i];
                if ((query.MinSalary is not { } min || row.SalaryUsd >= min) && (query.Since is not { } since || row.PostedAt >= since))
                {
                    filtered.Set(i);
                }
            });
            bits = filtered;
        }

        var total = bits.Cardinality();
        var order = query.Sort == JobSort.Salary ? market.BySalary : market.ByDate;
        var skip = (long)(query.Page - 1) * query.PageSize;
        var items = new List<PostingRow>(query.PageSize);
        if (skip < total)
        {
            foreach (var i in order)
            {
                if (!bits.Has(i))
                {
                    continue;
                }
                if (skip > 0)
                {
                    skip--;
                    continue;
                }
                items.Add(market.Rows[i]);
                if (items.Count == query.PageSize)
                {
                    break;
                }
            }
        }
        return new JobResult(items, total, Facets(market, bits, total));
    }

    private static JobFacets Facets(MarketSnapshot market, Bits bits, int total) => new(
        Counts(market.Families, bits, f => f.Name()),
        Counts(market.Seniorities, bits, s => s.Name()),
        Counts(market.WorkModes, bits, m => m.Name()),
        Sorted(market.CountryValues.Counts(bits, total)),
        [.. Sorted(market.SkillValues.Counts(bits, total)).Take(TopSkills)]);

    /// <summary>Non-zero counts, largest first, ties by name.</summary>
    private static IReadOnlyList<FacetCount> Counts<TKey>(IEnumerable<KeyValuePair<TKey, Bits>> sets, Bits bits, Func<TKey, string> name)
    {
        var counts = new List<(string, int)>();
        foreach (var (key, set) in sets)
        {
            var count = set.CountAnd(bits);
            if (count > 0)
            {
                counts.Add((name(key), count));
            }
        }
        return Sorted(counts);
    }

    /// <summary>Largest first, ties by name.</summary>
    private static List<FacetCount> Sorted(IEnumerable<(string Value, int Count)> counts)
    {
        var list = new List<FacetCount>();
        foreach (var (value, count) in counts)
        {
            list.Add(new FacetCount(value, count));
        }
        list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return list;
    }

    private static void AndWith<TKey>(Bits bits, TKey? key, IReadOnlyDictionary<TKey, Bits> sets) where TKey : struct
    {
        if (key is { } k)
        {
            bits.AndWith(sets.TryGetValue(k, out var set) ? set : new Bits(bits.Count));
        }
    }

    private static void AndWith(Bits bits, string? key, IReadOnlyDictionary<string, Bits> sets)
    {
        if (key is not null)
        {
            bits.AndWith(sets.TryGetValue(key, out var set) ? set : new Bits(bits.Count));
        }
    }
}

internal sealed record JobResult(IReadOnlyList<PostingRow> Items, int Total, JobFacets Facets);

/// <summary>Counts per value of each facet for the postings that match the current filter.</summary>
public sealed record JobFacets(IReadOnlyList<FacetCount> Families, IReadOnlyList<FacetCount> Seniorities, IReadOnlyList<FacetCount> WorkModes,
    IReadOnlyList<FacetCount> Countries, IReadOnlyList<FacetCount> Skills);

public sealed record FacetCount(string Value, int Count);
