namespace RoleScope.Core.Extraction;

/// <summary>
/// Hand-written tests of where a <see cref="WorkModeDetector.NoRemote"/> or <see cref="WorkModeDetector.PartRemote"/> match can
/// begin, read from the patterns' branches: each is false only where no branch can match, so that the attempt there (400-500 ns
/// for these generated matchers of 4,500-6,300 lines, even when it fails at once) is skipped. Most of their start words are a
/// plain "Remote |", "Remote (US)", "a", "100%" or "not only". Letters are compared ignoring ASCII case; a character beyond ASCII
/// where a letter is compared lets the attempt go ahead, since the pattern's case-insensitive matching equates some of them with
/// ASCII letters (the Kelvin sign with 'k'). Both tests are held to the patterns at every position of every real posting and of
/// seeded random texts (AnchoredPatternTests).
/// </summary>
public static partial class WorkModeDetector
{
    /// <summary>
    /// False where no <see cref="NoRemote"/> match begins. Its matches begin with "no", "not", "non", "without" or "never", a space
    /// or hyphen and then "a", "able", "full(y)", "100%", "remote", "open", "offering" or "eligible"; or with "remote", after
    /// "temporarily", "offer", "fully" and the like (its lookbehinds) or before a word that goes on to negate it (":", "(no)", "is",
    /// "not", "work", "until", "applicants", a count of weeks).
    /// </summary>
    internal static bool NoRemoteMayStartAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] >= 128)
        {
            return true;
        }
        if (MayBeWord(text, at, "remote"))
        {
            return NegationAfterRemote(text, at + 6) || (MayBeWord(text, at + 6, "ly") && NegationAfterRemote(text, at + 8)) ||
                NegationBeforeRemote(text, at);
        }
        foreach (var word in NegationWords)
        {
            var end = at + word.Length;
            if (MayBeWord(text, at, word) && end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] == '-'))
            {
                while (end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] == '-'))
                {
                    end++;
                }
                if (MayBeA(text, end) || MayBeAnyWord(text, end, WordsAfterNegation))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] NegationWords = ["no", "not", "non", "without", "never"];

    /// <summary>What follows "no", "not" and the like in a <see cref="NoRemote"/> match ("a" is tried with its space).</summary>
    private static readonly string[] WordsAfterNegation = ["able", "full", "100%", "remote", "open", "offering", "eligible"];

    /// <summary>What follows "remote" (and spaces) in a <see cref="NoRemote"/> match, but for "work", ":" and "(no)".</summary>
    private static readonly string[] WordsAfterRemote =
        ["is", "not", "temporarily", "until", "during", "applica", "candidate", "for", "up", "one", "two", "three", "four", "six"];

    /// <summary>Whether what follows "remote" or "remotely" at <paramref name="at"/> may go on to a <see cref="NoRemote"/> match.</summary>
    private static bool NegationAfterRemote(ReadOnlySpan<char> text, int at)
    {
        var next = SkipSpaces(text, at);
        if (next >= text.Length)
        {
            return false;
        }
        if (MayBeWord(text, next, "work") && RemoteWorkRefused(text, SkipSpaces(text, next + 4)))
        {
            return true; // "remote work: no", "remote work is not possible"
        }
        return RemoteWorkRefused(text, next) || char.IsDigit(text[next]) || MayBeA(text, next) || MayBeAnyWord(text, next, WordsAfterRemote);
    }

    /// <summary>":" and "no" or "not", "(no)", "is" (not, n't) or "not": the refusal after "remote (work)".</summary>
    private static bool RemoteWorkRefused(ReadOnlySpan<char> text, int at) =>
        at < text.Length && (text[at] == ':' ? MayBeWord(text, SkipSpaces(text, at + 1), "no") : MayBeAnyWord(text, at, RemoteRefusals));

    private static readonly string[] RemoteRefusals = ["(no)", "is", "not"];

    /// <summary>
    /// Whether the text before "remote" at <paramref name="at"/> may satisfy one of the <see cref="NoRemote"/> lookbehinds: each
    /// ends with one of <see cref="WordsBeforeRemote"/> and whitespace.
    /// </summary>
    private static bool NegationBeforeRemote(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !char.IsWhiteSpace(text[at - 1]))
        {
            return false;
        }
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        foreach (var word in WordsBeforeRemote)
        {
            if (end >= word.Length && MayBeWord(text, end - word.Length, word))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] WordsBeforeRemote =
        ["temporarily", "temporary", "offer", "consider", "accept", "accommodate", "support", "provide", "allow", "hire", "fully", "full", "100%",
         "performed", "done", "worked", "out", "conducted"];

    /// <summary>
    /// False where no <see cref="PartRemote"/> match begins. By its first character: a digit begins one only as one or two digits
    /// before "%", or one before "day", "x", "remote", "wfh" or "home"; "remote", "wfh", "home", "work", "a", "one", "two", "three",
    /// "four", "some" and "hybrid" only before the words their branches read next. Other letters are left to the attempt.
    /// </summary>
    internal static bool PartRemoteMayStartAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] >= 128)
        {
            return true; // the attempt decides
        }
        var c = text[at];
        if (char.IsAsciiDigit(c))
        {
            return DigitsMayStartPartRemote(text, at);
        }
        switch ((char)(c | 0x20))
        {
            case 'r':
                return MayBeWord(text, at, "remote") &&
                    (AfterSpaces(text, at + 6, WordsAfterPartRemote, orDigit: true) ||
                    (MayBeWord(text, at + 6, "ly") && AfterSpaces(text, at + 8, WordsAfterPartRemote, orDigit: true)));
            case 'h':
                return (MayBeWord(text, at, "home") && AfterSpaces(text, at + 4, WordsAfterHome)) ||
                    (MayBeWord(text, at, "hybrid") && HybridMayGoOn(text, at + 6));
            case 'a':
                return MayBeA(text, at) && MayBeWord(text, SkipSpaces(text, at + 1), "few");
            case 'w':
                return MayBeWord(text, at, "wednes") || (MayBeWord(text, at, "wfh") && AfterSpaces(text, at + 3, WordsAfterWfh, orDigit: true)) ||
                    (MayBeWord(text, at, "working") && AfterSpaces(text, at + 7, FromWord)) || (MayBeWord(text, at, "work") && AfterSpaces(text, at + 4, FromWord));
            case 'o':
                return MayBeWord(text, at, "occasional") || (MayBeWord(text, at, "one") && AfterSpaces(text, at + 3, WordsAfterCount));
            case 't':
                return MayBeWord(text, at, "tues") || MayBeWord(text, at, "thurs") ||
                    (MayBeWord(text, at, "two") && AfterSpaces(text, at + 3, WordsAfterCount)) || (MayBeWord(text, at, "three") && AfterSpaces(text, at + 5, WordsAfterCount));
            case 'f':
                return MayBeWord(text, at, "fri") || (MayBeWord(text, at, "four") && AfterSpaces(text, at + 4, WordsAfterCount));
            case 's':
                return MayBeWord(text, at, "sometimes") || (MayBeWord(text, at, "some") && AfterSpaces(text, at + 4, RemoteAfterSome));
            default:
                return true;
        }
    }

    /// <summary>
    /// Digits at <paramref name="at"/>: "[1-9]\d?" before "%" reads two at most, every other branch one ("3 days", "2x remote",
    /// "1 remote day"); three digits or more begin no match ("100% remote" is matched from neither of its first two digits).
    /// </summary>
    private static bool DigitsMayStartPartRemote(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }
        var next = SkipSpaces(text, end);
        if (end - at > 2 || next >= text.Length)
        {
            return false;
        }
        return text[next] == '%' || (end - at == 1 && MayBeAnyWord(text, next, WordsAfterDigit));
    }

    /// <summary>"Hybrid remote", "hybrid-remote", "hybrid (3 days remote)": a hyphen, spaces and then "remote" or "(".</summary>
    private static bool HybridMayGoOn(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == '-'))
        {
            at++;
        }
        return at < text.Length && (text[at] == '(' || MayBeWord(text, at, "remote"));
    }

    /// <summary>What follows "remote" or "remotely" and a space in a <see cref="PartRemote"/> match, besides a digit.</summary>
    private static readonly string[] WordsAfterPartRemote =
        ["most", "much", "part", "one", "two", "three", "four", "work", "day", "is", "allowed", "possible", "available", "optional", "ok", "up", "once", "twice"];

    /// <summary>What follows "WFH" and a space in a <see cref="PartRemote"/> match, besides a digit.</summary>
    private static readonly string[] WordsAfterWfh =
        ["on", "mon", "tues", "wednes", "thurs", "fri", "once", "twice", "one", "two", "three", "four", "is", "allowed", "possible", "available", "optional", "ok",
         "up"];

    /// <summary>What follows a digit in a <see cref="PartRemote"/> match ("3 days", "2x", "1 remote day"), besides "%".</summary>
    private static readonly string[] WordsAfterDigit = ["day", "x", "remote", "wfh", "home"];

    /// <summary>"Home most of the week", "home part of the time".</summary>
    private static readonly string[] WordsAfterHome = ["most", "much", "part"];

    /// <summary>"Work(ing) from home", "some remote days".</summary>
    private static readonly string[] FromWord = ["from"], RemoteAfterSome = ["remote"];

    /// <summary>What follows "one", "two", "three" or "four" and a space in a <see cref="PartRemote"/> match.</summary>
    private static readonly string[] WordsAfterCount = ["day", "remote", "wfh", "home"];

    /// <summary>Whether whitespace follows <paramref name="at"/> and then one of <paramref name="words"/> (or, when <paramref name="orDigit"/>, a digit).</summary>
    private static bool AfterSpaces(ReadOnlySpan<char> text, int at, string[] words, bool orDigit = false)
    {
        var next = SkipSpaces(text, at);
        if (next == at || next >= text.Length)
        {
            return false;
        }
        return MayBeAnyWord(text, next, words) || (orDigit && char.IsDigit(text[next]));
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return at;
    }

    /// <summary>"a" and whitespace ("a few", "not a remote role").</summary>
    private static bool MayBeA(ReadOnlySpan<char> text, int at) => MayBeWord(text, at, "a") && at + 1 < text.Length && char.IsWhiteSpace(text[at + 1]);

    private static bool MayBeAnyWord(ReadOnlySpan<char> text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (MayBeWord(text, at, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the text at <paramref name="at"/> begins with <paramref name="word"/> (lower case) ignoring ASCII case, or holds a
    /// character beyond ASCII before it differs: the pattern may equate that character with a letter of the word.
    /// </summary>
    private static bool MayBeWord(ReadOnlySpan<char> text, int at, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (at + i >= text.Length)
            {
                return false;
            }
            var c = text[at + i];
            if (c >= 128)
            {
                return true;
            }
            if (c != word[i] && !(char.IsAsciiLetterUpper(c) && (char)(c | 0x20) == word[i]))
            {
                return false;
            }
        }
        return true;
    }
}
