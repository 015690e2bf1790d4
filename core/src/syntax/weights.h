#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string_view>
#include <vector>

// Linear multi-class models over hashed features: the averaged perceptron used while training, and the
// frozen, quantised form the tagger and parser score with at run time.
namespace diplograph::core::syntax {

// splitmix64's finaliser: a cheap, well-mixing 64-bit hash step.
[[nodiscard]] inline std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

[[nodiscard]] inline std::uint64_t hashBytes(std::string_view bytes)
{
    std::uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a, then mixed
    for (const char c : bytes) {
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return mix64(h ^ bytes.size());
}

// A feature value from a template number and up to three values.
[[nodiscard]] inline std::uint64_t feature(std::uint64_t templateId, std::uint64_t a, std::uint64_t b = 0,
                                           std::uint64_t c = 0)
{
    std::uint64_t h = mix64(templateId * 0x9e3779b97f4a7c15ULL + a);
    h = mix64(h ^ (b + 0x632be59bd9b4e019ULL));
    return mix64(h ^ (c + 0x8cb92ba72f3d8dd7ULL));
}

inline constexpr std::size_t kMaxFeatures = 128;

// Memory for the weight tables the parser reads at random: blocks of 2 MB and more are asked for as transparent
// huge pages, so a lookup into a 16 MB table does not also miss the TLB (with 4 KB pages, every feature's line
// is on a page of its own and the page walk costs as much as the line).
void* allocateTable(std::size_t bytes);
void freeTable(void* pointer, std::size_t bytes);

template <typename T>
struct TableAllocator {
    using value_type = T;
    TableAllocator() = default;
    template <typename U>
    TableAllocator(const TableAllocator<U>&) // NOLINT: an allocator converts implicitly
    {
    }
    T* allocate(std::size_t n) { return static_cast<T*>(allocateTable(n * sizeof(T))); }
    void deallocate(T* pointer, std::size_t n) { freeTable(pointer, n * sizeof(T)); }
    friend bool operator==(const TableAllocator&, const TableAllocator&) { return true; }
    friend bool operator!=(const TableAllocator&, const TableAllocator&) { return false; }
};
template <typename T>
using TableVector = std::vector<T, TableAllocator<T>>;

// Quantised weights over hash buckets, stored for the used buckets only: a bitmap of used buckets with a rank
// index finds a used bucket's row. Classes [0, denseClasses) are stored densely per row (the parser's moves,
// read at every transition); the others sparsely as (class, weight) entries.
struct FrozenWeights {
    struct Entry {
        std::uint8_t cls = 0;
        std::uint8_t unused = 0;
        std::int16_t weight = 0;
    };
    // The bits of 64 buckets with the number of used buckets before them, side by side: one cache line a lookup.
    struct Block {
        std::uint64_t bits = 0;
        std::uint64_t rank = 0;
    };

    int classes = 0;
    int denseClasses = 0;
    int bucketBits = 0;
    float scale = 1.0f;                 // weight = stored / scale
    std::vector<std::uint64_t> used;    // bit b: bucket b has a row (as stored in the file)
    TableVector<Block> blocks;          // built by index()
    std::uint64_t rowCount = 0;
    TableVector<std::int16_t> dense;    // row r at [r * denseClasses, (r + 1) * denseClasses)
    TableVector<std::uint32_t> offsets; // row r's sparse entries: entries[offsets[r], offsets[r + 1])
    TableVector<Entry> entries;
    // A table without dense classes (the tagger's) is indexed as one cache line per 64 buckets: their bits,
    // where their entries start and where each of their first 26 rows ends, so a feature costs two dependent
    // misses (line, entries) instead of three (bitmap block, offset, entries). Lines with more rows say
    // kSpilled and are read through `blocks` and `offsets`.
    static constexpr int kSparseLineRows = 26;
    static constexpr std::uint32_t kSpilled = 0xFFFFFFFFu;
    struct alignas(64) SparseLine {
        std::uint64_t bits = 0;
        std::uint32_t entryBase = 0;
        std::uint16_t ends[kSparseLineRows] = {}; // relative to entryBase
    };
    TableVector<SparseLine> sparseLines;  // built by index() for a table without dense classes

    [[nodiscard]] bool empty() const { return used.empty(); }
    [[nodiscard]] bool hasSparse() const { return classes > denseClasses; }
    [[nodiscard]] std::size_t rows() const { return rowCount; }
    [[nodiscard]] std::uint64_t bucketOf(std::uint64_t feature) const { return feature >> (64 - bucketBits); }
    // Builds `blocks` and `rowCount` from `used` (and `sparseLines` when the offsets are there).
    void index();
    // Builds `sparseLines` from `used` and `offsets`, for a table without dense classes.
    void indexLines();
    // The rows of those features that have one (at most kMaxFeatures are read); returns their number.
    std::size_t findRows(const std::uint64_t* features, std::size_t count, std::uint32_t* rows) const;
    // Adds the rows' weights of the dense classes to scores[0, denseClasses).
    void addDense(const std::uint32_t* rows, std::size_t found, std::int32_t* scores) const;
    // Adds the rows' weights of the sparse classes to scores[denseClasses, classes).
    void addSparse(const std::uint32_t* rows, std::size_t found, std::int32_t* scores) const;
    // Only the sparse classes in [first, last): a row's entries are sorted by class, so each row stops at `last`
    // (the parser needs the labels of one arc direction, half of them).
    void addSparse(const std::uint32_t* rows, std::size_t found, std::int32_t* scores, int first, int last) const;
    // addSparse(rows, findRows(...), scores, first, last) through `sparseLines` (or the blocks, without them).
    void addSparseFeatures(const std::uint64_t* features, std::size_t count, std::int32_t* scores, int first,
                           int last) const;
    // scores[0, classes) = sum of the features' weights.
    void score(const std::uint64_t* features, std::size_t count, std::int32_t* scores) const;
};

// The two tables as one: classes [0, a.classes) are a's, then b's; a row per bucket either uses. Both must be
// sparse-only tables over the same buckets (the tagger's UPOS and XPOS tables): one lookup a feature instead of
// two. Returns an empty table when they are not.
[[nodiscard]] FrozenWeights mergeSparseTables(const FrozenWeights& a, const FrozenWeights& b);

// An averaged perceptron over 2^bucketBits hash buckets (Collins 2002, with lazy averaging).
class TrainingWeights {
public:
    // Classes below `denseClasses` are frozen densely (see FrozenWeights).
    TrainingWeights(int classes, int bucketBits, int denseClasses = 0);

    [[nodiscard]] int classes() const { return m_classes; }
    // scores[0, classes) from the current (not averaged) weights.
    void score(const std::uint64_t* features, std::size_t count, float* scores) const;
    // Adds `delta` to the weight of `cls` for each feature.
    void update(const std::uint64_t* features, std::size_t count, int cls, float delta);
    // Counts one training instance (for averaging); call once per decision.
    void tick() { ++m_now; }
    // The averaged weights, quantised to 16 bits; weights that round to -1, 0 or 1 are dropped.
    [[nodiscard]] FrozenWeights freeze() const;

private:
    struct Entry {
        std::uint32_t stamp = 0;
        std::uint16_t cls = 0;
        float weight = 0.0f;
        double total = 0.0;
    };
    int m_classes = 0;
    int m_bucketBits = 0;
    int m_denseClasses = 0;
    std::uint32_t m_now = 0;
    std::vector<std::vector<Entry>> m_rows;
};

} // namespace diplograph::core::syntax
