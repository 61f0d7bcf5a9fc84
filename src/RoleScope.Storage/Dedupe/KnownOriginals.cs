using System.Buffers.Binary;
using System.Runtime.InteropServices;
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

    private const string NearKeyOfSql = "SELECT near_key FROM postings WHERE id = $id;";

    // The first (lowest id) row with a hash decides, as "ORDER BY id LIMIT 1" did; a copy links to the root original.
    private readonly Dictionary<UInt128, long> originalByContent = [];

    // Originals only (duplicate_of null), in id order, so the first near one found is the one "ORDER BY id" found. Keyed
    // by a 64-bit hash of the near key, the originals of one key chained through a flat array: ~50 bytes an original
    // instead of ~200 with the key's string and a list each (measured: 1 GB peak RSS at 1,000,000 postings with those).
    // A candidate's own near key is read back from its row (by id) before it counts, so a hash collision changes nothing.
    private readonly Dictionary<ulong, (int First, int Last)> originalsByNearKey = [];
    private Original[] originals = new Original[1024];
    private int originalCount;

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

    /// <summary>
    /// The stored original this posting copies (same content, else same company and title with near text), or null.
    /// <paramref name="nearKeyOf"/> reads a candidate's near key from its row (within the write transaction).
    /// </summary>
    internal long? FindOriginal(PostingFingerprint fingerprint, Func<long, string?> nearKeyOf)
    {
        if (originalByContent.TryGetValue(Key(fingerprint.ContentHash), out var same))
        {
            return same;
        }
        if (fingerprint.NearKey is null || !originalsByNearKey.TryGetValue(NearKeyHash(fingerprint.NearKey), out var chain))
        {
            return null;
        }
        for (var i = chain.First; i >= 0; i = originals[i].Next)
        {
            ref readonly var original = ref originals[i];
            if (NearDuplicateRule.AreNear(original.SimHash, fingerprint.SimHash)
                && string.Equals(nearKeyOf(original.Id), fingerprint.NearKey, StringComparison.Ordinal))
            {
                return original.Id;
            }
        }
        return null;
    }

    /// <summary>Reads the near key of the row with <paramref name="id"/>, on <paramref name="connection"/> in <paramref name="transaction"/>.</summary>
    internal static string? NearKeyOf(SqliteConnection connection, SqliteTransaction? transaction, long id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = NearKeyOfSql;
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() as string;
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
        originalCount = 0;
        lastId = 0;
    }

    private void Record(long id, byte[] contentHash, string? nearKey, long? simHash, long? duplicateOf)
    {
        originalByContent.TryAdd(Key(contentHash), duplicateOf ?? id);
        if (duplicateOf is null && nearKey is not null && simHash is { } hash)
        {
            if (originalCount == originals.Length)
            {
                Array.Resize(ref originals, originals.Length * 2);
            }
            var index = originalCount++;
            originals[index] = new Original(id, hash, -1);
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(originalsByNearKey, NearKeyHash(nearKey), out var exists);
            if (exists)
            {
                originals[chain.Last].Next = index;
                chain.Last = index;
            }
            else
            {
                chain = (index, index);
            }
        }
    }

    // FNV-1a over the key's UTF-16 code units: stable, cheap, and 64 bits keep chains of unrelated keys rare.
    private static ulong NearKeyHash(string nearKey)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in nearKey)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }
        return hash;
    }

    private record struct Original(long Id, long SimHash, int Next);

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
