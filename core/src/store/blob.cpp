#include "store/blob.h"

#include <cstdint>

namespace diplograph::core {

namespace {

void put(std::string& out, std::uint64_t value)
{
    for (int byte = 0; byte < 8; ++byte) {
        out.push_back(static_cast<char>((value >> (8 * byte)) & 0xff));
    }
}

std::uint64_t get(std::string_view blob, std::size_t index)
{
    std::uint64_t value = 0;
    for (int byte = 0; byte < 8; ++byte) {
        value |= std::uint64_t(static_cast<unsigned char>(blob[index * 8 + byte])) << (8 * byte);
    }
    return value;
}

} // namespace

std::string packRanges(const std::vector<ByteRange>& ranges)
{
    std::string out;
    out.reserve(ranges.size() * 16);
    for (const auto& range : ranges) {
        put(out, range.start);
        put(out, range.end);
    }
    return out;
}

std::vector<ByteRange> unpackRanges(std::string_view blob)
{
    std::vector<ByteRange> ranges(blob.size() / 16);
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        ranges[i] = {get(blob, 2 * i), get(blob, 2 * i + 1)};
    }
    return ranges;
}

std::string packSentences(const std::vector<Sentence>& sentences)
{
    std::string out;
    out.reserve(sentences.size() * 48);
    for (const auto& sentence : sentences) {
        put(out, static_cast<std::uint64_t>(static_cast<std::int64_t>(sentence.id)));
        put(out, sentence.range.start);
        put(out, sentence.range.end);
        put(out, sentence.textRange.start);
        put(out, sentence.textRange.end);
        put(out, (sentence.headline ? 1u : 0u) | (sentence.dateline ? 2u : 0u));
    }
    return out;
}

std::vector<Sentence> unpackSentences(std::string_view blob)
{
    std::vector<Sentence> sentences(blob.size() / 48);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto& sentence = sentences[i];
        sentence.id = static_cast<int>(static_cast<std::int64_t>(get(blob, 6 * i)));
        sentence.range = {get(blob, 6 * i + 1), get(blob, 6 * i + 2)};
        sentence.textRange = {get(blob, 6 * i + 3), get(blob, 6 * i + 4)};
        const auto flags = get(blob, 6 * i + 5);
        sentence.headline = (flags & 1u) != 0;
        sentence.dateline = (flags & 2u) != 0;
    }
    return sentences;
}

} // namespace diplograph::core
