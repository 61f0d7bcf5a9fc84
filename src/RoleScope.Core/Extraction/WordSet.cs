using System.Collections.Frozen;

namespace RoleScope.Core.Extraction;

/// <summary>
/// A fixed set of words compared as <see cref="StringComparison.OrdinalIgnoreCase"/>, looked up by span. The span lookup is made
/// once: <see cref="FrozenSet{T}.GetAlternateLookup{TAlternate}"/> casts the comparer on every call, which cost the role finder
/// about a twentieth of its time when called per token (perf, 2026-12-06).
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words) =>
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public WordSet(params ReadOnlySpan<string> words) : this((IEnumerable<string>)words.ToArray())
    {
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
