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
        _from = from;
        _to = to;
        _dated = from != 0 || to != int.MaxValue;
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
                if (!Keeps(index, (w << 6) + bit))
                {
                    word &= ~(1UL << bit);
                }
            }
            words[w] = word;
        }
    }

    private bool Keeps(MarketIndex index, int p)
    {
        if (_dated)
        {
            var day = index.DayOf(p);
            if (day == 0 || day < _from || day > _to)
            {
                return false;
            }
        }
        if (_modes is not null && !_modes[(int)index.WorkModeOf(p)])
        {
            return false;
        }
        if (_sources is not null && !_sources[index.SourceOf(p)])
        {
            return false;
        }
        return _roleValues is null || AnyRoleIn(index.RolesOf(p));
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
