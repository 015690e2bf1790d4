#include "syntax/parser.h"

#include "syntax/model.h"

#include <algorithm>
#include <array>
#include <limits>

namespace diplograph::core::syntax {
namespace {

constexpr int kNone = -1;

// A parser configuration: the stack, the buffer front (n is the root) and the arcs made so far, with each
// token's outermost children and their labels, which the features read.
class State {
public:
    explicit State(const ParserInput& input) : m_input(input), m_n(static_cast<int>(input.words.size()))
    {
        const auto size = static_cast<std::size_t>(m_n + 1);
        heads.assign(size, kNone);
        labels.assign(size, kNone);
        m_left1.assign(size, kNone);
        m_left2.assign(size, kNone);
        m_right1.assign(size, kNone);
        m_right2.assign(size, kNone);
        m_leftCount.assign(size, 0);
        m_rightCount.assign(size, 0);
        m_leftLabels.assign(size, 0);
        m_rightLabels.assign(size, 0);
        stack.reserve(size);
        m_punctBefore.assign(size + 1, 0);
        for (int t = 0; t < m_n; ++t) {
            const bool punct = input.upos[static_cast<std::size_t>(t)] == static_cast<int>(Upos::Punct);
            m_punctBefore[std::size_t(t) + 1] = m_punctBefore[std::size_t(t)] + (punct ? 1 : 0);
        }
    }

    [[nodiscard]] int n() const { return m_n; }
    [[nodiscard]] bool terminal() const { return stack.empty() && buffer == m_n; }
    [[nodiscard]] int s(std::size_t k) const
    {
        return stack.size() > k ? stack[stack.size() - 1 - k] : kNone;
    }
    [[nodiscard]] int b(int k) const { return buffer + k <= m_n ? buffer + k : kNone; }

    [[nodiscard]] bool valid(int move) const
    {
        switch (move) {
        case kShift: return buffer < m_n;
        case kLeft: return !stack.empty() && (buffer < m_n || stack.size() == 1);
        case kRight: return stack.size() >= 2;
        default: return false;
        }
    }

    // The (dependent, head) pair a move makes, or (kNone, kNone) for a shift.
    [[nodiscard]] std::pair<int, int> arcOf(int move) const
    {
        if (move == kLeft) {
            return {s(0), buffer};
        }
        if (move == kRight) {
            return {s(0), s(1)};
        }
        return {kNone, kNone};
    }

    void apply(int move, int label)
    {
        if (move == kShift) {
            stack.push_back(buffer++);
            return;
        }
        const auto [dependent, head] = arcOf(move);
        stack.pop_back();
        attach(dependent, head, label);
    }

    // Features of this configuration; returns their count.
    std::size_t features(std::uint64_t* out) const;

    std::vector<int> stack;
    int buffer = 0;
    std::vector<int> heads;
    std::vector<int> labels;

private:
    void attach(int dependent, int head, int label)
    {
        const auto h = static_cast<std::size_t>(head);
        heads[static_cast<std::size_t>(dependent)] = head;
        labels[static_cast<std::size_t>(dependent)] = label;
        const std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(label) & 63u);
        if (dependent < head) {
            // A head collects its left dependents from the nearest outwards (and its right ones likewise),
            // so the newest dependent on each side is the outermost.
            m_left2[h] = m_left1[h];
            m_left1[h] = dependent;
            ++m_leftCount[h];
            m_leftLabels[h] |= bit;
        } else {
            m_right2[h] = m_right1[h];
            m_right1[h] = dependent;
            ++m_rightCount[h];
            m_rightLabels[h] |= bit;
        }
    }

    [[nodiscard]] std::uint64_t word(int t) const
    {
        if (t == kNone) {
            return 0;
        }
        return t == m_n ? 1 : m_input.words[static_cast<std::size_t>(t)];
    }
    [[nodiscard]] std::uint64_t suffix(int t) const
    {
        return t == kNone || t == m_n ? 0 : m_input.suffixes[static_cast<std::size_t>(t)];
    }
    [[nodiscard]] std::uint64_t shape(int t) const
    {
        return t == kNone || t == m_n ? 0 : m_input.shapes[static_cast<std::size_t>(t)];
    }
    [[nodiscard]] std::uint64_t coarse(int t) const
    {
        if (t == kNone) {
            return 0;
        }
        return t == m_n ? 1 : static_cast<std::uint64_t>(m_input.upos[static_cast<std::size_t>(t)]) + 2;
    }
    [[nodiscard]] std::uint64_t tag(int t) const
    {
        if (t == kNone) {
            return 0;
        }
        return t == m_n ? 1 : static_cast<std::uint64_t>(m_input.tags[static_cast<std::size_t>(t)]) + 2;
    }
    [[nodiscard]] std::uint64_t label(int t) const
    {
        return t == kNone || labels[static_cast<std::size_t>(t)] == kNone
                   ? 0
                   : static_cast<std::uint64_t>(labels[static_cast<std::size_t>(t)]) + 1;
    }
    [[nodiscard]] int child(const std::vector<int>& of, int t) const
    {
        return t == kNone ? kNone : of[static_cast<std::size_t>(t)];
    }

    // Punctuation tokens between two positions (capped): commas and quotes often mark a clause boundary.
    [[nodiscard]] std::uint64_t punctuationBetween(int from, int to) const
    {
        if (from == kNone || to == kNone) {
            return 7;
        }
        const int a = std::min(from, to), b = std::min(std::max(from, to), m_n);
        return static_cast<std::uint64_t>(std::min(m_punctBefore[std::size_t(b)] - m_punctBefore[std::size_t(a) + 1], 3));
    }
    // The tag of the token at `t + offset` in the sentence (not the stack or buffer), 0 outside it.
    [[nodiscard]] std::uint64_t tagAt(int t, int offset) const
    {
        if (t == kNone || t + offset < 0 || t + offset >= m_n) {
            return 0;
        }
        return tag(t + offset);
    }

    const ParserInput& m_input;
    int m_n = 0;
    std::vector<int> m_punctBefore;
    std::vector<int> m_left1, m_left2, m_right1, m_right2;
    std::vector<std::uint8_t> m_leftCount, m_rightCount;
    std::vector<std::uint64_t> m_leftLabels, m_rightLabels;
};

std::uint64_t distanceBucket(int from, int to)
{
    if (from == kNone || to == kNone) {
        return 0;
    }
    const int d = std::abs(to - from);
    if (d <= 4) {
        return static_cast<std::uint64_t>(d);
    }
    return d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

} // namespace

// Templates after Zhang & Nivre (2011), "Transition-based dependency parsing with rich non-local features",
// adapted to arc-hybrid (the buffer front gathers left dependents; stack items have no head yet).
std::size_t State::features(std::uint64_t* out) const
{
    const int s0 = s(0), s1 = s(1), s2 = s(2), b0 = b(0), b1 = b(1), b2 = b(2);
    const int s0l = child(m_left1, s0), s0l2 = child(m_left2, s0), s0r = child(m_right1, s0),
              s0r2 = child(m_right2, s0);
    const int b0l = child(m_left1, b0), b0l2 = child(m_left2, b0);
    const int s1r = child(m_right1, s1), s1l = child(m_left1, s1);
    const std::uint64_t ws0 = word(s0), ws1 = word(s1), ws2 = word(s2), wb0 = word(b0), wb1 = word(b1),
                        wb2 = word(b2);
    const std::uint64_t ps0 = tag(s0), ps1 = tag(s1), ps2 = tag(s2), pb0 = tag(b0), pb1 = tag(b1), pb2 = tag(b2);
    const std::uint64_t ps0l = tag(s0l), ps0r = tag(s0r), pb0l = tag(b0l), ps1r = tag(s1r), ps0l2 = tag(s0l2),
                        ps0r2 = tag(s0r2), pb0l2 = tag(b0l2), ps1l = tag(s1l);
    const std::uint64_t ls0l = label(s0l), ls0r = label(s0r), lb0l = label(b0l), ls1r = label(s1r),
                        ls0l2 = label(s0l2), ls0r2 = label(s0r2), lb0l2 = label(b0l2), ls1l = label(s1l);
    const std::uint64_t d = distanceBucket(s0, b0);
    const std::uint64_t d1 = distanceBucket(s1, s0);
    const auto count = [](const std::vector<std::uint8_t>& of, int t) -> std::uint64_t {
        return t == kNone ? 0 : std::min<std::uint64_t>(of[static_cast<std::size_t>(t)], 4) + 1;
    };
    const auto set = [](const std::vector<std::uint64_t>& of, int t) -> std::uint64_t {
        return t == kNone ? 0 : of[static_cast<std::size_t>(t)] + 1;
    };
    std::size_t n = 0;
    const auto f = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
        out[n] = feature(100 + n, a, b, c);
        ++n;
    };
    f(1);
    // single tokens
    f(ws0, ps0), f(ws0), f(ps0), f(wb0, pb0), f(wb0), f(pb0), f(wb1, pb1), f(wb1), f(pb1);
    f(wb2, pb2), f(wb2), f(pb2), f(ws1, ps1), f(ws1), f(ps1), f(ps2), f(ws2);
    // pairs
    f(ws0 ^ (ps0 << 1), wb0, pb0), f(ws0, ps0, wb0), f(ws0, wb0, pb0), f(ws0, ps0, pb0), f(ps0, wb0, pb0);
    f(ws0, wb0), f(ps0, pb0), f(pb0, pb1), f(ws1, ws0), f(ps1, ps0), f(ws1, ps0), f(ps1, ws0);
    f(ws1 ^ (ps1 << 1), ws0, ps0), f(ps1, pb0), f(ws1, wb0), f(wb0, wb1);
    // triples of tags
    f(pb0, pb1, pb2), f(ps0, pb0, pb1), f(ps1, ps0, pb0), f(ps0, ps0l, pb0), f(ps0, ps0r, pb0);
    f(ps0, pb0, pb0l), f(ps1, ps1r, ps0), f(ps1, ps1l, ps0), f(ps0, ps0l, ps0l2), f(ps0, ps0r, ps0r2);
    f(pb0, pb0l, pb0l2), f(ps2, ps1, ps0), f(ps1, ps0, ps0l), f(ps1, ps0, ps0r);
    // distance
    f(ws0, d), f(ps0, d), f(wb0, d), f(pb0, d), f(ws0, wb0, d), f(ps0, pb0, d), f(ps1, ps0, d1), f(ws1, ws0, d1);
    // valency
    f(ws0, count(m_rightCount, s0)), f(ps0, count(m_rightCount, s0)), f(ws0, count(m_leftCount, s0));
    f(ps0, count(m_leftCount, s0)), f(wb0, count(m_leftCount, b0)), f(pb0, count(m_leftCount, b0));
    f(ps1, count(m_rightCount, s1));
    // children
    f(word(s0l)), f(ps0l), f(ls0l), f(word(s0r)), f(ps0r), f(ls0r), f(word(b0l)), f(pb0l), f(lb0l);
    f(word(s0l2)), f(ps0l2), f(ls0l2), f(word(s0r2)), f(ps0r2), f(ls0r2), f(word(b0l2)), f(pb0l2), f(lb0l2);
    f(word(s1r)), f(ps1r), f(ls1r), f(ls1l);
    // label sets
    f(ws0, set(m_rightLabels, s0)), f(ps0, set(m_rightLabels, s0)), f(ws0, set(m_leftLabels, s0));
    f(ps0, set(m_leftLabels, s0)), f(wb0, set(m_leftLabels, b0)), f(pb0, set(m_leftLabels, b0));
    f(ps1, set(m_rightLabels, s1));
    // spelling, for words the treebank rarely shows
    f(suffix(s0), ps0), f(suffix(b0), pb0), f(shape(s0), ps0), f(shape(b0), pb0), f(suffix(s1), ps1);
    f(ws0, pb0, pb1), f(ps0, wb0, pb1), f(ws0 ^ (ps0 << 1), ws1, ps1);
    // universal tags, more often right than the fine ones
    const std::uint64_t us0 = coarse(s0), us1 = coarse(s1), ub0 = coarse(b0), ub1 = coarse(b1);
    f(us0, ub0), f(us1, us0), f(us1, us0, ub0), f(us0, ub0, ub1), f(ws0, ub0), f(us0, wb0);
    // the sentence around s0 and b0, and punctuation between them
    const std::uint64_t q0 = punctuationBetween(s0, b0), q1 = punctuationBetween(s1, s0);
    f(ps0, tagAt(s0, 1)), f(pb0, tagAt(b0, -1)), f(ps0, tagAt(s0, -1)), f(ps0, pb0, tagAt(b0, -1));
    f(ps0, pb0, q0), f(ps1, ps0, q1), f(q0, q1), f(ws0, q0);
    return n;
}

namespace {

template <typename Score>
int bestValid(const State& state, const Score* scores)
{
    int best = kNone;
    for (int move = 0; move < kMoveCount; ++move) {
        if (state.valid(move) && (best == kNone || scores[move] > scores[best])) {
            best = move;
        }
    }
    return best;
}

// Gold arcs a move makes unreachable (Goldberg & Nivre 2013, arc-hybrid).
int cost(const State& state, int move, const std::vector<int>& gold)
{
    const int n = state.n();
    const int s0 = state.s(0);
    const int b = state.buffer;
    const auto dependentsInBuffer = [&](int head) {
        int lost = 0;
        for (int d = b; d < n; ++d) {
            lost += gold[static_cast<std::size_t>(d)] == head ? 1 : 0;
        }
        return lost;
    };
    if (move == kShift) {
        int lost = 0;
        const int head = gold[static_cast<std::size_t>(b)];
        for (const int t : state.stack) {
            lost += gold[static_cast<std::size_t>(t)] == b ? 1 : 0;
            lost += (t == head && t != s0) ? 1 : 0;
        }
        return lost;
    }
    const int head = gold[static_cast<std::size_t>(s0)];
    int lost = dependentsInBuffer(s0);
    if (move == kLeft) {
        const int s1 = state.s(1);
        lost += (head != b && (head > b || (s1 != kNone && head == s1))) ? 1 : 0;
    } else {
        lost += (head != state.s(1) && head >= b) ? 1 : 0;
    }
    return lost;
}

template <typename Score>
int bestLabel(const Score* scores, int move, int labels)
{
    const int first = kMoveCount + (move == kLeft ? 0 : labels);
    int best = first;
    for (int c = first + 1; c < first + labels; ++c) {
        best = scores[c] > scores[best] ? c : best;
    }
    return best - first;
}

} // namespace

ParserOutput parse(const ParserTables& tables, const ParserInput& input)
{
    State state(input);
    std::uint64_t features[kMaxFeatures];
    std::vector<std::int32_t> scores(static_cast<std::size_t>(parserClasses(tables.labels)));
    std::uint32_t rows[kMaxFeatures];
    while (!state.terminal()) {
        const std::size_t count = state.features(features);
        // Moves are read at every transition; label weights only for the arc a transition makes.
        const std::size_t found = tables.weights->findRows(features, count, rows);
        std::fill(scores.begin(), scores.end(), 0);
        tables.weights->addDense(rows, found, scores.data());
        const int move = bestValid(state, scores.data());
        int label = kNone;
        if (move == kLeft && state.buffer == state.n()) {
            label = tables.rootLabel;
        } else if (move != kShift) {
            const int first = kMoveCount + (move == kLeft ? 0 : tables.labels);
            tables.weights->addSparse(rows, found, scores.data(), first, first + tables.labels);
            label = bestLabel(scores.data(), move, tables.labels);
        }
        state.apply(move, label);
    }
    ParserOutput output;
    output.heads.assign(state.heads.begin(), state.heads.end() - 1);
    output.labels.assign(state.labels.begin(), state.labels.end() - 1);
    return output;
}

ParserTrainer::ParserTrainer(int labels, int bucketBits)
    : m_labels(labels), m_weights(parserClasses(labels), bucketBits, kMoveCount)
{
}

void ParserTrainer::train(const ParserInput& input, const std::vector<int>& goldHeads,
                          const std::vector<int>& goldLabels, int rootLabel, bool explore,
                          std::mt19937_64& random)
{
    State state(input);
    std::uint64_t features[kMaxFeatures];
    std::vector<float> scores(static_cast<std::size_t>(parserClasses(m_labels)));
    while (!state.terminal()) {
        const std::size_t count = state.features(features);
        m_weights.score(features, count, scores.data());
        const int guess = bestValid(state, scores.data());
        int costs[kMoveCount];
        int cheapest = std::numeric_limits<int>::max();
        for (int move = 0; move < kMoveCount; ++move) {
            costs[move] = state.valid(move) ? cost(state, move, goldHeads) : std::numeric_limits<int>::max();
            cheapest = std::min(cheapest, costs[move]);
        }
        int best = kNone;
        for (int move = 0; move < kMoveCount; ++move) {
            if (costs[move] == cheapest && (best == kNone || scores[std::size_t(move)] > scores[std::size_t(best)])) {
                best = move;
            }
        }
        if (costs[guess] != cheapest) {
            m_weights.update(features, count, best, 1.0f);
            m_weights.update(features, count, guess, -1.0f);
        }
        const bool follow = explore && costs[guess] != cheapest && (random() >> 11) * 0x1.0p-53 < 0.9;
        const int move = follow ? guess : best;
        int label = kNone;
        const auto [dependent, head] = state.arcOf(move);
        if (move == kLeft && state.buffer == state.n()) {
            label = rootLabel;
        } else if (move != kShift) {
            const int predicted = bestLabel(scores.data(), move, m_labels);
            label = predicted;
            if (goldHeads[static_cast<std::size_t>(dependent)] == head) {
                const int truth = goldLabels[static_cast<std::size_t>(dependent)];
                const int first = kMoveCount + (move == kLeft ? 0 : m_labels);
                if (predicted != truth) {
                    m_weights.update(features, count, first + truth, 1.0f);
                    m_weights.update(features, count, first + predicted, -1.0f);
                }
                label = truth;
            }
        }
        m_weights.tick();
        state.apply(move, label);
    }
}

} // namespace diplograph::core::syntax
