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
    /// <summary>Longest phrase, in tokens, whose ends are remembered during a walk (no phrase in the knowledge files comes close).</summary>
    private const int MaxEnds = 16;

    /// <summary>Bits of the filter of first words: 8 KB, so it stays in cache while it turns most tokens away.</summary>
    private const int FilterBits = 1 << 16;

    private readonly Node _root = new();

    /// <summary>
    /// The first words of the phrases by the high bits of their hash: a token whose bit is clear starts no phrase and is skipped
    /// without probing the (larger) root map.
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
        var firstSlot = FilterSlot(Token.HashOf(tokens[0].Span(phrase)));
        _firstWords[firstSlot >> 6] |= 1UL << firstSlot;
        var node = _root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = phrase.Substring(tokens[i].Start, tokens[i].Length);
            var edges = i > 0 && tokens[i].Joined ? node.Joined ??= new TokenMap<Node>() : node.Spaced ??= new TokenMap<Node>();
            if (!edges.TryGetValue(key, out var next))
            {
                next = new Node();
                edges.Add(key, next);
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
            var slot = FilterSlot(tokens[i].Hash);
            if ((_firstWords[slot >> 6] & (1UL << slot)) == 0)
            {
                i++;
                continue;
            }
            var node = _root;
            var found = 0;
            for (var j = i; j < tokens.Length; j++)
            {
                var edges = j == i ? node.Spaced : tokens[j].Joined ? node.Joined : node.Spaced;
                if (edges is null || !edges.TryGetValue(tokens[j].Span(text), tokens[j].Hash, out var next))
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

    private static int FilterSlot(int hash) => (int)((uint)hash >> 16);

    private sealed class Node
    {
        public TokenMap<Node>? Spaced;
        public TokenMap<Node>? Joined;
        public List<T>? Values;
    }
}

/// <summary>A phrase found in text: token range [FirstToken, EndToken) and character span [Start, End).</summary>
public readonly record struct PhraseMatch<T>(T Value, int FirstToken, int EndToken, int Start, int End);
