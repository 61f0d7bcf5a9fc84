using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics.Index;

/// <summary>Turns a <see cref="MarketSlice"/> into the set of postings in it: set intersections plus one scan of the columns it filters on.</summary>
internal static class SliceSelector
{
    public static PostingBits Select(MarketIndex index, MarketSlice slice)
    {
        // Start from the first set the slice names rather than from every posting: the same members, one pass fewer.
        PostingBits? bits = null;
        if (slice.Countries is { Count: > 0 } countries)
        {
            bits = Union(countries.Select(index.Country), index.Count);
        }
        if (slice.Families is { Count: > 0 } families)
        {
            var union = Union(families.Select(index.Family), index.Count);
            bits = bits is null ? union : Intersect(bits, union);
        }
        if (slice.Skills is { Count: > 0 } skills)
        {
            foreach (var skill in skills)
            {
                var id = index.SkillId(skill);
                if (id < 0)
                {
                    return new PostingBits(index.Count);
                }
                bits = bits is null ? index.Skills[id].Clone() : Intersect(bits, index.Skills[id]);
            }
        }
        bits ??= PostingBits.All(index.Count);
        var filter = ColumnFilter.Of(index, slice);
        if (filter is not null)
        {
            filter.Apply(index, bits);
        }
        return bits;
    }

    /// <summary>Members of <paramref name="family"/> in the slice, with the seniority filter applied to the family's own role.</summary>
    public static PostingBits Members(MarketIndex index, PostingBits slice, RoleFamily family, IReadOnlySet<Seniority>? seniorities)
    {
        var members = slice.And(index.Family(family));
        if (seniorities is not { Count: > 0 })
        {
            return members;
        }
        var words = members.Words;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var rest = word;
            while (rest != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(rest);
                rest &= rest - 1;
                if (!seniorities.Contains(index.SeniorityIn((w << 6) + bit, family)))
                {
                    word &= ~(1UL << bit);
                }
            }
            words[w] = word;
        }
        return members;
    }

    private static PostingBits Intersect(PostingBits? bits, PostingBits with)
    {
        if (bits is null)
        {
            return with.Clone();
        }
        bits.AndWith(with);
        return bits;
    }

    private static PostingBits Union(IEnumerable<PostingBits?> sets, int count)
    {
        var union = new PostingBits(count);
        foreach (var set in sets)
        {
            if (set is not null)
            {
                union.OrWith(set);
            }
        }
        return union;
    }
}
