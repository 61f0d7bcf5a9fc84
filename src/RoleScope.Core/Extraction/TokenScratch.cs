using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// The tokens of a part of a text (a header segment, a list item, a bullet line) for a scan that ends before its method
/// returns: the list is lent from the calling thread's spares and given back by <see cref="Dispose"/>, instead of being
/// allocated per call. Scans may nest (a scan calling another), each with its own list.
/// </summary>
internal readonly struct TokenScratch : IDisposable
{
    /// <summary>Lists that grew past this many tokens are left to the collector rather than kept.</summary>
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static Stack<List<Token>>? t_spare;

    private TokenScratch(List<Token> tokens) => Tokens = tokens;

    public List<Token> Tokens { get; }

    public static TokenScratch Tokenize(string text, int start, int end)
    {
        var tokens = (t_spare ??= new Stack<List<Token>>()).TryPop(out var spare) ? spare : new List<Token>(32);
        tokens.Clear();
        Tokenizer.Tokenize(text, start, end, tokens);
        return new TokenScratch(tokens);
    }

    /// <summary>Gives the list back for the next scratch; a default scratch (none taken) gives nothing.</summary>
    public void Dispose()
    {
        if (Tokens is { Capacity: <= MaxKeptCapacity } tokens)
        {
            t_spare!.Push(tokens);
        }
    }
}
