using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics.Index;

/// <summary>Turns a <see cref="MarketSlice"/> into the set of postings in it: set intersections plus one scan of the columns it filters on.</summary>
internal static class SliceSelector
{
    public static PostingBits Select(MarketIndex index, MarketSlice slice)
    {
        var bits = PostingBits.All(index.Count);
        if (slice.Countries is { Count: > 0 } countries)
        {
            bits.AndWith(Union(countries.Select(index.Country), index.Count));
        }
        if (slice.Families is { Count: > 0 } families)
        {
            bits.AndWith(Union(families.Select(index.Family), index.Count));
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
                bits.AndWith(index.Skills[id]);
            }
        }
        var from = slice.From is { } f ? MarketIndex.DayOf(f) : 0;
        var to = slice.To is { } t ? MarketIndex.DayOf(t) : int.MaxValue;
        var sources = SourceMask(index, slice.Sources);
        var modes = slice.WorkModes is { Count: > 0 } m ? m : null;
        var seniorities = slice.Seniorities is { Count: > 0 } s ? s : null;
        if (from == 0 && to == int.MaxValue && sources is null && modes is null && seniorities is null)
        {
            return bits;
        }
        var words = bits.Words;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var rest = word;
            while (rest != 0)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(rest);
                rest &= rest - 1;
                var p = (w << 6) + bit;
                var day = index.DayOf(p);
                if ((from != 0 || to != int.MaxValue) && (day == 0 || day < from || day > to)
                    || sources is not null && !sources[index.SourceOf(p)]
                    || modes is not null && !modes.Contains(index.WorkModeOf(p))
                    || seniorities is not null && !AnyRoleIn(index, p, seniorities))
                {
                    word &= ~(1UL << bit);
                }
            }
            words[w] = word;
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

    private static bool AnyRoleIn(MarketIndex index, int posting, IReadOnlySet<Seniority> seniorities)
    {
        for (var f = 0; f < MarketIndex.FamilyCount; f++)
        {
            var s = index.SeniorityIn(posting, (RoleFamily)f);
            if ((int)s >= 0 && seniorities.Contains(s))
            {
                return true;
            }
        }
        return false;
    }

    private static bool[]? SourceMask(MarketIndex index, IReadOnlySet<string>? sources)
    {
        if (sources is not { Count: > 0 })
        {
            return null;
        }
        var mask = new bool[256];
        for (var i = 0; i < index.SourceNames.Count; i++)
        {
            mask[i] = sources.Contains(index.SourceNames[i]) || sources.Any(s => string.Equals(s, index.SourceNames[i], StringComparison.OrdinalIgnoreCase));
        }
        return mask;
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
