using RoleScope.Storage.Dedupe;

namespace RoleScope.Storage.Tests;

public sealed class SimHash64Tests
{
    private static readonly string[] Words =
        ["backend", "engineer", "Go", "Kafka", "we", "build", "payments", "remote", "<p>", "C#", "2026", "Zürich", "team", "on-call"];

    [Fact]
    public void The_vectorised_hash_equals_the_bit_by_bit_definition_on_random_texts()
    {
        var random = new Random(20261205);
        for (var n = 0; n < 2_000; n++)
        {
            var text = string.Join(random.Next(4) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(0, 120)).Select(_ => Words[random.Next(Words.Length)]));

            Assert.Equal(Reference(text), SimHash64.Of(text));
        }
    }

    [Fact]
    public void Near_identical_texts_differ_in_few_bits_and_unrelated_texts_in_many()
    {
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(i => Words[(i * 7 + i / 3) % Words.Length] + i % 11));
        var edited = text.Replace("payments3", "billing3", StringComparison.Ordinal);
        var other = string.Join(' ', Enumerable.Range(0, 300).Select(i => Words[(i * 5 + 1) % Words.Length] + i % 13));

        Assert.True(Distance(text, edited) <= 8, $"edited: {Distance(text, edited)} bits");
        Assert.True(Distance(text, other) >= 16, $"unrelated: {Distance(text, other)} bits");
    }

    private static int Distance(string a, string b) => (int)ulong.PopCount((ulong)(SimHash64.Of(a) ^ SimHash64.Of(b)));

    // The definition, one bit at a time: each word trigram's mixed FNV-1a hash votes +1 or -1 on each of the 64 bits.
    private static long Reference(string text)
    {
        var weights = new int[64];
        var words = System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{Nd}]+")
            .Select(m => m.Value.Aggregate(14695981039346656037UL, (h, c) => (h ^ char.ToLowerInvariant(c)) * 1099511628211UL))
            .ToList();
        void Vote(ulong h)
        {
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        for (var i = 2; i < words.Count; i++)
        {
            Vote(Mix(words[i - 2] * 31 + words[i - 1] * 17 + words[i]));
        }
        if (words.Count is 1 or 2)
        {
            Vote(Mix(words.Count == 1 ? words[0] : words[0] * 31 + words[1]));
        }
        return (long)Enumerable.Range(0, 64).Aggregate(0UL, (h, bit) => weights[bit] > 0 ? h | 1UL << bit : h);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
