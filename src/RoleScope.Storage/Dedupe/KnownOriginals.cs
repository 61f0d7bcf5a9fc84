using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace RoleScope.Storage.Dedupe;

/// <summary>
/// The SQLite store's dedupe keys held in memory: content hash -> the original it copies, near key -> the originals'
/// SimHashes. It answers what the two lookups by content_hash and near_key answered, without their indexes: both have
/// random keys, so each ingest batch dirtied thousands of their pages (docs/benchmarks.md, "Ingest").
/// </summary>
/// <remarks>
/// Filled from the rows with an id above the last one seen, inside each write transaction (<see cref="CatchUp"/>): the
/// write lock is held then and ids only grow (AUTOINCREMENT), so rows other writers (processes) committed are seen before
/// this one decides. The first catch-up reads every row's keys once (~90 bytes a posting in memory).
/// </remarks>
internal sealed class KnownOriginals
{
    private const string RowsAfterSql = """
        SELECT id, content_hash, near_key, simhash, duplicate_of FROM postings WHERE id > $last_id ORDER BY id;
        """;

    // The first (lowest id) row with a hash decides, as "ORDER BY id LIMIT 1" did; a copy links to the root original.
    private readonly Dictionary<UInt128, long> originalByContent = [];

    // Originals only (duplicate_of null), in id order, so the first near one found is the one "ORDER BY id" found.
    private readonly Dictionary<string, List<(long Id, long SimHash)>> originalsByNearKey = new(StringComparer.Ordinal);

    private long lastId;

    /// <summary>Reads the keys of the rows stored since the last call (by any writer); call inside the write transaction.</summary>
    internal void CatchUp(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RowsAfterSql;
        command.Parameters.AddWithValue("$last_id", lastId);
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            var id = rows.GetInt64(0);
            // Rows written by schema version 1 have no fingerprint; the lookups by column never matched them either.
            if (!rows.IsDBNull(1))
            {
                var hash = (byte[])rows.GetValue(1);
                var nearKey = rows.IsDBNull(2) ? null : rows.GetString(2);
                long? simHash = rows.IsDBNull(3) ? null : rows.GetInt64(3);
                long? duplicateOf = rows.IsDBNull(4) ? null : rows.GetInt64(4);
                Record(id, hash, nearKey, simHash, duplicateOf);
            }
            lastId = id;
        }
    }

    /// <summary>The stored original this posting copies (same content, else same company and title with near text), or null.</summary>
    internal long? FindOriginal(PostingFingerprint fingerprint)
    {
        if (originalByContent.TryGetValue(Key(fingerprint.ContentHash), out var same))
        {
            return same;
        }
        if (fingerprint.NearKey is null || !originalsByNearKey.TryGetValue(fingerprint.NearKey, out var originals))
        {
            return null;
        }
        foreach (var (id, simHash) in originals)
        {
            if (NearDuplicateRule.AreNear(simHash, fingerprint.SimHash))
            {
                return id;
            }
        }
        return null;
    }

    /// <summary>Adds a row this store just inserted, in its (uncommitted) transaction; <see cref="Forget"/> if that rolls back.</summary>
    internal void Inserted(long id, PostingFingerprint fingerprint, long? duplicateOf)
    {
        Record(id, fingerprint.ContentHash, fingerprint.NearKey, fingerprint.NearKey is null ? null : fingerprint.SimHash, duplicateOf);
        lastId = id;
    }

    /// <summary>Drops everything: the next <see cref="CatchUp"/> reads every row again (after a rolled-back transaction).</summary>
    internal void Forget()
    {
        originalByContent.Clear();
        originalsByNearKey.Clear();
        lastId = 0;
    }

    private void Record(long id, byte[] contentHash, string? nearKey, long? simHash, long? duplicateOf)
    {
        originalByContent.TryAdd(Key(contentHash), duplicateOf ?? id);
        if (duplicateOf is null && nearKey is not null && simHash is { } hash)
        {
            if (!originalsByNearKey.TryGetValue(nearKey, out var originals))
            {
                originals = new List<(long, long)>(1);
                originalsByNearKey.Add(nearKey, originals);
            }
            originals.Add((id, hash));
        }
    }

    // Content hashes are 16 bytes (PostingFingerprint.ContentHashBytes); a shorter one (never written by this build) is padded.
    private static UInt128 Key(byte[] contentHash)
    {
        if (contentHash.Length >= 16)
        {
            return BinaryPrimitives.ReadUInt128LittleEndian(contentHash);
        }
        Span<byte> padded = stackalloc byte[16];
        contentHash.CopyTo(padded);
        return BinaryPrimitives.ReadUInt128LittleEndian(padded) ^ ((UInt128)(uint)contentHash.Length << 120);
    }
}
