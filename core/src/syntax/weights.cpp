#include "syntax/weights.h"

#include <algorithm>
#include <cmath>

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

} // namespace

void FrozenWeights::index()
{
    blocks.assign(used.size(), Block{});
    std::uint64_t total = 0;
    for (std::size_t w = 0; w < used.size(); ++w) {
        blocks[w] = {used[w], total};
        total += bitCount(used[w]);
    }
    rowCount = total;
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

void FrozenWeights::score(const std::uint64_t* features, std::size_t count, std::int32_t* scores) const
{
    std::fill(scores, scores + classes, 0);
    std::uint32_t rows[kMaxFeatures];
    const std::size_t found = findRows(features, count, rows);
    addDense(rows, found, scores);
    addSparse(rows, found, scores);
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
    frozen.offsets.push_back(0);
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
        frozen.offsets.push_back(static_cast<std::uint32_t>(frozen.entries.size()));
    }
    frozen.index();
    return frozen;
}

} // namespace diplograph::core::syntax
