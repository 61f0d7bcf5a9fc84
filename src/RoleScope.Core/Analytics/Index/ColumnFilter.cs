using System.Numerics;
using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics.Index;

/// <summary>
/// The parts of a slice that are read from the per-posting columns (date window, sources, work modes, seniorities), turned
/// into lookup tables once so that the check of each candidate posting is a few array reads, not set lookups.
/// </summary>
internal sealed class ColumnFilter
{
    private readonly int _from;
    private readonly int _to;
    private readonly bool _dated;
    private readonly bool[]? _sources;
    private readonly bool[]? _modes;
    // Indexed by a family's 4-bit role value (0 = not in the family, else 1 + seniority).
    private readonly bool[]? _roleValues;

    private ColumnFilter(int from, int to, bool[]? sources, bool[]? modes, bool[]? roleValues)
    {
        _dated = from != 0 || to != int.MaxValue;
        // Within a window an undated posting (day 0) is out: a window starting at day 1 at the earliest rejects it.
        _from = Math.Max(from, 1);
        _to = to;
        _sources = sources;
        _modes = modes;
        _roleValues = roleValues;
    }

    /// <summary>The filter of the slice's column conditions, or null when it has none.</summary>
    public static ColumnFilter? Of(MarketIndex index, MarketSlice slice)
    {
        var from = slice.From is { } f ? MarketIndex.DayOf(f) : 0;
        var to = slice.To is { } t ? MarketIndex.DayOf(t) : int.MaxValue;
        var sources = SourceMask(index, slice.Sources);
        bool[]? modes = null;
        if (slice.WorkModes is { Count: > 0 } m)
        {
            modes = new bool[256];
            for (var v = 0; v < modes.Length; v++)
            {
                modes[v] = m.Contains((WorkMode)v);
            }
        }
        bool[]? roleValues = null;
        if (slice.Seniorities is { Count: > 0 } s)
        {
            roleValues = new bool[16];
            for (var v = 1; v < roleValues.Length; v++)
            {
                roleValues[v] = s.Contains((Seniority)(v - 1));
            }
        }
        if (from == 0 && to == int.MaxValue && sources is null && modes is null && roleValues is null)
        {
            return null;
        }
        return new ColumnFilter(from, to, sources, modes, roleValues);
    }

    /// <summary>Clears from <paramref name="bits"/> every posting the column conditions reject.</summary>
    public void Apply(MarketIndex index, PostingBits bits)
    {
        var words = bits.Words;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var rest = word;
            while (rest != 0)
            {
                var bit = BitOperations.TrailingZeroCount(rest);
                rest &= rest - 1;
                // Whether a posting passes is close to a coin flip, so it is folded into the word without a branch.
                word &= ~((ulong)(Keeps(index, (w << 6) + bit) ? 0 : 1) << bit);
            }
            words[w] = word;
        }
    }

    private bool Keeps(MarketIndex index, int p)
    {
        // Each test is evaluated whole (& rather than &&): which of them is set is the same for every posting, so those
        // branches predict; the outcomes themselves do not.
        var keep = true;
        if (_dated)
        {
            var day = index.DayOf(p);
            keep &= (day >= _from) & (day <= _to);
        }
        if (_modes is not null)
        {
            keep &= _modes[(int)index.WorkModeOf(p)];
        }
        if (_sources is not null)
        {
            keep &= _sources[index.SourceOf(p)];
        }
        if (_roleValues is not null)
        {
            keep &= AnyRoleIn(index.RolesOf(p));
        }
        return keep;
    }

    /// <summary>Seniority outside a family filter: any of the posting's roles may match.</summary>
    private bool AnyRoleIn(ulong roles)
    {
        for (var f = 0; f < MarketIndex.FamilyCount; f++)
        {
            if (_roleValues![(int)((roles >> (f * 4)) & 0xF)])
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
}
