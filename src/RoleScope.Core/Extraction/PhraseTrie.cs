using System.Runtime.InteropServices;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// A trie over tokens that finds known phrases (skill aliases, place names, title words) in one pass,
/// leftmost-longest, case-insensitively, never inside a word: tokens are whole words, and a phrase's
/// adjacency ("C#" vs "C #") must match the text's. Built once, then read-only and shared by all threads.
/// </summary>
public sealed class PhraseTrie<T>
{
    /// <summary>Bits of the filter of first words; 8 KB, so it stays in cache while most tokens are turned away by it.</summary>
    private const int FilterBits = 1 << 16;

    /// <summary>Longest phrase, in tokens, whose ends are remembered during a walk (no phrase in the knowledge files comes close).</summary>
    private const int MaxEnds = 16;

    private readonly Node _root = new();

    /// <summary>
    /// A Bloom-style filter of the phrases' first words, by length and their first, second and last characters (ASCII, upper
    /// case): a token whose bit is clear starts no phrase, and is skipped without hashing the whole word.
    /// </summary>
    private readonly ulong[] _firstWords = new ulong[FilterBits / 64];

    /// <summary>Adds a phrase; <paramref name="value"/> is reported when it matches. Returns false for a phrase with no tokens.</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return false;
        }
        if (FilterSlot(tokens[0].Span(phrase)) is { } slot)
        {
            _firstWords[slot >> 6] |= 1UL << slot;
        }
        var node = _root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = phrase.Substring(tokens[i].Start, tokens[i].Length);
            var edges = i > 0 && tokens[i].Joined ? node.Joined ??= new Edges() : node.Spaced ??= new Edges();
            if (!edges.Map.TryGetValue(key, out var next))
            {
                next = new Node();
                edges.Map[key] = next;
            }
            node = next;
        }
        node.Values ??= [];
        node.Values.Add(value);
        return true;
    }

    /// <summary>
    /// Every leftmost-longest match in <paramref name="tokens"/>; <paramref name="accept"/> may refuse a candidate
    /// (e.g. a case-sensitive form written in another case), in which case shorter candidates at the same start are tried.
    /// </summary>
    public void Match(string text, IReadOnlyList<Token> tokens, Func<PhraseMatch<T>, bool> accept, List<PhraseMatch<T>> results) =>
        Match(text, tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens], accept, results);

    public void Match(string text, ReadOnlySpan<Token> tokens, Func<PhraseMatch<T>, bool> accept, List<PhraseMatch<T>> results)
    {
        var i = 0;
        Span<int> endsBuffer = stackalloc int[MaxEnds];
        Node[]? terminals = null;
        while (i < tokens.Length)
        {
            var first = tokens[i].Span(text);
            if (FilterSlot(first) is { } slot && (_firstWords[slot >> 6] & (1UL << slot)) == 0)
            {
                i++;
                continue;
            }
            var node = _root;
            var found = 0;
            for (var j = i; j < tokens.Length; j++)
            {
                var edges = j == i ? node.Spaced : tokens[j].Joined ? node.Joined : node.Spaced;
                if (edges is null || !edges.Lookup.TryGetValue(tokens[j].Span(text), out var next))
                {
                    break;
                }
                node = next;
                if (node.Values is not null && found < MaxEnds)
                {
                    terminals ??= new Node[MaxEnds];
                    terminals[found] = node;
                    endsBuffer[found++] = j;
                }
            }
            var advanced = false;
            for (var k = found - 1; k >= 0 && !advanced; k--)
            {
                var endToken = endsBuffer[k];
                foreach (var value in terminals![k].Values!)
                {
                    var match = new PhraseMatch<T>(value, i, endToken + 1, tokens[i].Start, tokens[endToken].End);
                    if (accept(match))
                    {
                        results.Add(match);
                        i = endToken + 1;
                        advanced = true;
                        break;
                    }
                }
            }
            if (!advanced)
            {
                i++;
            }
        }
    }

    /// <summary>
    /// The filter bit of a word, or null when one of the characters it is made from is not ASCII (such words are always looked
    /// up: no other character equals an ASCII one ignoring case, so ASCII words only ever match words filed here).
    /// </summary>
    private static int? FilterSlot(ReadOnlySpan<char> word)
    {
        var first = word[0];
        var second = word.Length > 1 ? word[1] : '\0';
        var last = word[^1];
        if ((first | second | last) >= 128)
        {
            return null;
        }
        var h = (uint)word.Length;
        h = (h * 31) + Upper(first);
        h = (h * 31) + Upper(second);
        h = (h * 31) + Upper(last);
        return (int)((h * 0x9E3779B1u) >> 16);
    }

    private static uint Upper(char c) => c is >= 'a' and <= 'z' ? (uint)(c - 32) : c;

    private sealed class Edges
    {
        public Edges()
        {
            Map = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            Lookup = Map.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, Node> Map { get; }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }

    private sealed class Node
    {
        public Edges? Spaced;
        public Edges? Joined;
        public List<T>? Values;
    }
}

/// <summary>A phrase found in text: token range [FirstToken, EndToken) and character span [Start, End).</summary>
public readonly record struct PhraseMatch<T>(T Value, int FirstToken, int EndToken, int Start, int End);
