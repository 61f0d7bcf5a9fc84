namespace RoleScope.Synthetic;

/// <summary>Derives the seed of one posting's (or one company's) random stream from the run seed and its index.</summary>
internal static class SeedMixer
{
    public const ulong PostingStream = 1;
    public const ulong CompanyStream = 2;

    /// <summary>
    /// SplitMix64 finaliser over (seed, stream, index). HashCode.Combine is not used because it is randomised per
    /// process, so it would give different postings on every run.
    /// </summary>
    public static int Mix(int seed, ulong stream, int index)
    {
        var z = ((ulong)(uint)seed << 32) ^ (uint)index ^ (stream * 0xD1B54A32D192ED03UL);
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFF_FFFF);
    }
}
