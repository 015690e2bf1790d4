#include "syntax/weights.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace diplograph::core::syntax {

namespace {

// Portable population count (x86-64's baseline has no POPCNT instruction).
inline std::uint32_t bitCount(std::uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return static_cast<std::uint32_t>((x * 0x0101010101010101ULL) >> 56);
}

constexpr std::size_t kHugePage = std::size_t{1} << 21;

} // namespace

void* allocateTable(std::size_t bytes)
{
    if (bytes < kHugePage) {
        return ::operator new(std::max<std::size_t>(bytes, 1), std::align_val_t{64});
    }
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* pointer = std::aligned_alloc(kHugePage, rounded);
    if (pointer == nullptr) {
        throw std::bad_alloc();
    }
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    (void)madvise(pointer, rounded, MADV_HUGEPAGE); // advice only: without huge pages the table still works
#endif
    return pointer;
}

void freeTable(void* pointer, std::size_t bytes)
{
    if (bytes < kHugePage) {
        ::operator delete(pointer, std::align_val_t{64});
    } else {
        std::free(pointer);
    }
}

void FrozenWeights::index()
{
    blocks.assign(used.size(), Block{});
    std::uint64_t total = 0;
    for (std::size_t w = 0; w < used.size(); ++w) {
        blocks[w] = {used[w], total};
        total += bitCount(used[w]);
    }
    rowCount = total;
    indexLines();
}

void FrozenWeights::indexLines()
{
    sparseLines.clear();
    if (denseClasses == 0 && !used.empty() && offsets.size() == rowCount + 1) {
        sparseLines.resize(used.size());
        std::size_t row = 0;
        for (std::size_t l = 0; l < used.size(); ++l) {
            SparseLine& line = sparseLines[l];
            line.bits = used[l];
            const std::uint32_t rows = bitCount(used[l]);
            const std::uint32_t base = offsets[row];
            const bool fits = rows <= std::uint32_t(kSparseLineRows) && offsets[row + rows] - base <= 0xFFFFu;
            line.entryBase = fits ? base : kSpilled;
            for (std::uint32_t k = 0; fits && k < rows; ++k) {
                line.ends[k] = static_cast<std::uint16_t>(offsets[row + k + 1] - base);
            }
            row += rows;
        }
    }
}

std::size_t FrozenWeights::findRows(const std::uint64_t* features, std::size_t count, std::uint32_t* rows) const
{
    if (used.empty()) {
        return 0;
    }
    count = std::min(count, kMaxFeatures);
    std::uint64_t buckets[kMaxFeatures];
    for (std::size_t i = 0; i < count; ++i) {
        buckets[i] = bucketOf(features[i]);
        __builtin_prefetch(&blocks[buckets[i] >> 6]);
    }
    // Branch-free: whether a feature has a row is unpredictable, and a mispredicted branch would serialise the
    // cache misses this loop is meant to overlap.
    std::size_t found = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Block& block = blocks[buckets[i] >> 6];
        const std::uint64_t bit = std::uint64_t{1} << (buckets[i] & 63);
        const auto row = static_cast<std::uint32_t>(block.rank + bitCount(block.bits & (bit - 1)));
        rows[found] = row;
        if (denseClasses > 0) {
            __builtin_prefetch(&dense[std::size_t(row) * std::size_t(denseClasses)]);
        }
        found += (block.bits & bit) != 0 ? 1 : 0;
    }
    return found;
}

void FrozenWeights::addDense(const std::uint32_t* rows, std::size_t found, std::int32_t* scores) const
{
    const auto width = static_cast<std::size_t>(denseClasses);
    if (width == 0) {
        return; // a table without dense classes (the tagger's) has no dense weights to index
    }
    for (std::size_t i = 0; i < found; ++i) {
        const std::int16_t* weights = dense.data() + std::size_t(rows[i]) * width;
        for (std::size_t c = 0; c < width; ++c) {
            scores[c] += weights[c];
        }
    }
}

void FrozenWeights::addSparse(const std::uint32_t* rows, std::size_t found, std::int32_t* scores) const
{
    addSparse(rows, found, scores, denseClasses, classes);
}

void FrozenWeights::addSparse(const std::uint32_t* rows, std::size_t found, std::int32_t* scores, int first,
                              int last) const
{
    if (!hasSparse()) {
        return;
    }
    std::uint32_t begins[kMaxFeatures];
    std::uint32_t ends[kMaxFeatures];
    for (std::size_t i = 0; i < found; ++i) {
        __builtin_prefetch(&offsets[rows[i]]);
    }
    for (std::size_t i = 0; i < found; ++i) {
        begins[i] = offsets[rows[i]];
        ends[i] = offsets[rows[i] + 1];
        __builtin_prefetch(&entries[begins[i]]);
    }
    for (std::size_t i = 0; i < found; ++i) {
        std::uint32_t e = begins[i];
        // Rows are short: a linear skip costs less than a search. (An unsorted row from a foreign file only
        // scores differently; every index stays in bounds.)
        while (e < ends[i] && entries[e].cls < first) {
            ++e;
        }
        for (; e < ends[i] && entries[e].cls < last; ++e) {
            scores[entries[e].cls] += entries[e].weight;
        }
    }
}

void FrozenWeights::addSparseFeatures(const std::uint64_t* features, std::size_t count, std::int32_t* scores,
                                      int first, int last) const
{
    if (sparseLines.empty()) {
        std::uint32_t rows[kMaxFeatures];
        addSparse(rows, findRows(features, count, rows), scores, first, last);
        return;
    }
    count = std::min(count, kMaxFeatures);
    std::uint32_t at[kMaxFeatures];
    std::uint32_t begins[kMaxFeatures];
    std::uint32_t ends[kMaxFeatures];
    const int shift = 64 - bucketBits;
    for (std::size_t i = 0; i < count; ++i) {
        at[i] = static_cast<std::uint32_t>(features[i] >> shift);
        __builtin_prefetch(&sparseLines[at[i] >> 6]);
    }
    for (std::size_t i = 0; i < count; ++i) {
        const SparseLine& line = sparseLines[at[i] >> 6];
        const std::uint64_t bit = std::uint64_t{1} << (at[i] & 63);
        std::uint32_t begin = 0, end = 0;
        if ((line.bits & bit) != 0) {
            const std::uint32_t k = bitCount(line.bits & (bit - 1));
            if (line.entryBase != kSpilled) {
                begin = line.entryBase + (k == 0 ? 0 : line.ends[k - 1]);
                end = line.entryBase + line.ends[k];
            } else {
                const std::uint32_t row = static_cast<std::uint32_t>(blocks[at[i] >> 6].rank) + k;
                begin = offsets[row];
                end = offsets[row + 1];
            }
            __builtin_prefetch(&entries[begin]);
        }
        begins[i] = begin;
        ends[i] = end;
    }
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t e = begins[i];
        while (e < ends[i] && entries[e].cls < first) {
            ++e;
        }
        for (; e < ends[i] && entries[e].cls < last; ++e) {
            scores[entries[e].cls] += entries[e].weight;
        }
    }
}

void FrozenWeights::score(const std::uint64_t* features, std::size_t count, std::int32_t* scores) const
{
    std::fill(scores, scores + classes, 0);
    if (!sparseLines.empty()) {
        addSparseFeatures(features, count, scores, 0, classes);
        return;
    }
    std::uint32_t rows[kMaxFeatures];
    const std::size_t found = findRows(features, count, rows);
    addDense(rows, found, scores);
    addSparse(rows, found, scores);
}

FrozenWeights mergeSparseTables(const FrozenWeights& a, const FrozenWeights& b)
{
    FrozenWeights merged;
    if (a.empty() || b.empty() || a.denseClasses != 0 || b.denseClasses != 0 || a.bucketBits != b.bucketBits ||
        a.classes + b.classes > 255 || a.used.size() != b.used.size() || a.offsets.size() != a.rows() + 1 ||
        b.offsets.size() != b.rows() + 1) {
        return merged;
    }
    merged.classes = a.classes + b.classes;
    merged.bucketBits = a.bucketBits;
    merged.scale = a.scale;
    merged.used.resize(a.used.size());
    merged.offsets.push_back(0);
    std::uint32_t rowA = 0, rowB = 0;
    for (std::size_t w = 0; w < a.used.size(); ++w) {
        merged.used[w] = a.used[w] | b.used[w];
        for (std::uint64_t bits = merged.used[w]; bits != 0; bits &= bits - 1) {
            const std::uint64_t bit = bits & (~bits + 1);
            if ((a.used[w] & bit) != 0) {
                merged.entries.insert(merged.entries.end(), a.entries.begin() + a.offsets[rowA],
                                      a.entries.begin() + a.offsets[rowA + 1]);
                ++rowA;
            }
            if ((b.used[w] & bit) != 0) {
                for (std::uint32_t e = b.offsets[rowB]; e < b.offsets[rowB + 1]; ++e) {
                    FrozenWeights::Entry entry = b.entries[e];
                    entry.cls = static_cast<std::uint8_t>(entry.cls + a.classes);
                    merged.entries.push_back(entry);
                }
                ++rowB;
            }
            merged.offsets.push_back(static_cast<std::uint32_t>(merged.entries.size()));
        }
    }
    merged.index();
    return merged;
}

TrainingWeights::TrainingWeights(int classes, int bucketBits, int denseClasses)
    : m_classes(classes), m_bucketBits(bucketBits), m_denseClasses(denseClasses), m_rows(std::size_t{1} << bucketBits)
{
}

void TrainingWeights::score(const std::uint64_t* features, std::size_t count, float* scores) const
{
    std::fill(scores, scores + m_classes, 0.0f);
    for (std::size_t i = 0; i < count; ++i) {
        for (const Entry& entry : m_rows[features[i] >> (64 - m_bucketBits)]) {
            scores[entry.cls] += entry.weight;
        }
    }
}

void TrainingWeights::update(const std::uint64_t* features, std::size_t count, int cls, float delta)
{
    for (std::size_t i = 0; i < count; ++i) {
        auto& row = m_rows[features[i] >> (64 - m_bucketBits)];
        auto it = std::find_if(row.begin(), row.end(), [cls](const Entry& e) { return e.cls == cls; });
        if (it == row.end()) {
            row.push_back(Entry{m_now, static_cast<std::uint16_t>(cls), 0.0f, 0.0});
            it = row.end() - 1;
        }
        it->total += static_cast<double>(m_now - it->stamp) * it->weight;
        it->stamp = m_now;
        it->weight += delta;
    }
}

FrozenWeights TrainingWeights::freeze() const
{
    FrozenWeights frozen;
    frozen.classes = m_classes;
    frozen.denseClasses = m_denseClasses;
    frozen.bucketBits = m_bucketBits;
    const double now = std::max<double>(m_now, 1.0);
    const auto averaged = [&](const Entry& e) { return (e.total + (m_now - e.stamp) * double(e.weight)) / now; };
    double largest = 0.0;
    for (const auto& row : m_rows) {
        for (const Entry& entry : row) {
            largest = std::max(largest, std::abs(averaged(entry)));
        }
    }
    frozen.scale = largest > 0.0 ? static_cast<float>(32767.0 / largest) : 1.0f;
    frozen.used.assign((m_rows.size() + 63) / 64, 0);
    if (frozen.hasSparse()) {
        frozen.offsets.push_back(0);
    }
    for (std::size_t b = 0; b < m_rows.size(); ++b) {
        std::vector<std::pair<std::uint8_t, std::int16_t>> kept;
        for (const Entry& entry : m_rows[b]) {
            // Weights within two steps of zero change no decision that matters and would make the file a
            // third larger.
            const long q = std::lround(averaged(entry) * frozen.scale);
            if (q <= -2 || q >= 2) {
                kept.emplace_back(static_cast<std::uint8_t>(entry.cls), static_cast<std::int16_t>(q));
            }
        }
        if (kept.empty()) {
            continue;
        }
        frozen.used[b / 64] |= std::uint64_t{1} << (b % 64);
        std::sort(kept.begin(), kept.end()); // a canonical order: the file does not depend on update order
        const std::size_t row = frozen.dense.size();
        frozen.dense.resize(row + std::size_t(m_denseClasses), 0);
        for (const auto& [cls, weight] : kept) {
            if (cls < m_denseClasses) {
                frozen.dense[row + cls] = weight;
            } else {
                frozen.entries.push_back({cls, 0, weight});
            }
        }
        if (frozen.hasSparse()) {
            frozen.offsets.push_back(static_cast<std::uint32_t>(frozen.entries.size()));
        }
    }
    frozen.index();
    return frozen;
}

} // namespace diplograph::core::syntax
