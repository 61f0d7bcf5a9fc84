using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using RoleScope.Core.Domain;

namespace RoleScope.Storage.Dedupe;

/// <summary>
/// What the store uses to tell one posting from a copy of it under another identity: a hash of its content (an exact
/// copy), and for postings that name a company and a title, a key and a SimHash of the text (a near-identical copy).
/// Both kinds of copy are stored and linked to their original (duplicate_of).
/// </summary>
/// <param name="ContentHash">The first 16 bytes of SHA-256 over title, company, location and description.</param>
/// <param name="NearKey">Normalised company and title, or null when the posting lacks either (then it is never a near-duplicate).</param>
/// <param name="SimHash">The description's SimHash; 0 when <paramref name="NearKey"/> is null.</param>
public readonly record struct PostingFingerprint(byte[] ContentHash, string? NearKey, long SimHash)
{
    /// <summary>Bytes of the content hash kept: 128 bits make an accidental collision between two postings negligible.</summary>
    public const int ContentHashBytes = 16;

    public static PostingFingerprint Of(StoredPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var raw = posting.Raw;
        var nearKey = NearDuplicateRule.Key(raw.Company ?? posting.Extracted.Company, raw.Title ?? posting.Extracted.Title);
        return new PostingFingerprint(Hash(raw), nearKey, nearKey is null ? 0 : SimHash64.Of(raw.Description));
    }

    private static byte[] Hash(RawPosting raw)
    {
        // A unit separator between fields, so that moving text from one field to the next changes the hash. The fields are
        // encoded into one pooled buffer: the same bytes as UTF-8 of the joined text, without a joined string per posting.
        string[] fields = [raw.Title ?? "", raw.Company ?? "", raw.Location ?? "", raw.Description];
        var length = fields.Length - 1;
        foreach (var field in fields)
        {
            length += Encoding.UTF8.GetMaxByteCount(field.Length);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    buffer[written++] = 0x1f;
                }
                written += Encoding.UTF8.GetBytes(fields[i], buffer.AsSpan(written));
            }
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), digest);
            return digest[..ContentHashBytes].ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
