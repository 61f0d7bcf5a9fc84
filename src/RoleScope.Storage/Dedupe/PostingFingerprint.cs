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
        // A unit separator between fields, so that moving text from one field to the next changes the hash.
        var text = string.Join('\u001f', raw.Title ?? "", raw.Company ?? "", raw.Location ?? "", raw.Description);
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return digest[..ContentHashBytes].ToArray();
    }
}
