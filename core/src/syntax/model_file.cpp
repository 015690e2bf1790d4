// The model file: "DGSYNTAX", a format version, the payload's size, the payload, and a 64-bit checksum of
// the payload. All numbers little-endian. docs/syntax.md describes the payload.
#include "syntax/model_file.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <system_error>

namespace diplograph::core::syntax {
namespace {

constexpr char kMagic[8] = {'D', 'G', 'S', 'Y', 'N', 'T', 'A', 'X'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 4 + 8;
constexpr std::size_t kMaxBucketBits = 26;

class Writer {
public:
    template <typename T>
    void number(T value)
    {
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        out.append(bytes, sizeof(T));
    }
    void text(std::string_view value)
    {
        number(static_cast<std::uint32_t>(value.size()));
        out.append(value);
    }
    template <typename T>
    void array(const std::vector<T>& values)
    {
        out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
    }
    std::string out;
};

class Reader {
public:
    explicit Reader(std::string_view data) : m_data(data) {}

    template <typename T>
    T number()
    {
        T value{};
        if (!take(sizeof(T))) {
            return value;
        }
        std::memcpy(&value, m_data.data() + m_pos - sizeof(T), sizeof(T));
        return value;
    }
    std::string text()
    {
        const auto size = number<std::uint32_t>();
        if (!take(size)) {
            return {};
        }
        return std::string(m_data.substr(m_pos - size, size));
    }
    template <typename T>
    void array(std::vector<T>& values, std::uint64_t count)
    {
        if (count > (m_data.size() - m_pos) / sizeof(T) || !take(count * sizeof(T))) {
            m_failed = true;
            return;
        }
        values.resize(count);
        if (count == 0) {
            return; // an empty vector's data() may be null, and memcpy must not be given null
        }
        std::memcpy(values.data(), m_data.data() + m_pos - count * sizeof(T), count * sizeof(T));
    }
    // A count of items of at least `itemBytes` each that the rest of the data can hold.
    std::uint64_t count(std::size_t itemBytes)
    {
        const auto value = number<std::uint32_t>();
        if (value > (m_data.size() - m_pos) / std::max<std::size_t>(itemBytes, 1)) {
            m_failed = true;
            return 0;
        }
        return value;
    }
    void fail() { m_failed = true; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] bool atEnd() const { return m_pos == m_data.size(); }

private:
    bool take(std::uint64_t bytes)
    {
        if (m_failed || bytes > m_data.size() - m_pos) {
            m_failed = true;
            return false;
        }
        m_pos += bytes;
        return true;
    }
    std::string_view m_data;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

void writeWeights(Writer& w, const FrozenWeights& weights)
{
    w.number(static_cast<std::uint32_t>(weights.classes));
    w.number(static_cast<std::uint32_t>(weights.bucketBits));
    w.number(weights.scale);
    w.number(static_cast<std::uint32_t>(weights.denseClasses));
    w.number(static_cast<std::uint64_t>(weights.rows()));
    w.array(weights.used);
    // Dense rows as a mask of their non-zero classes and those weights only (denseClasses <= 8).
    std::vector<std::uint8_t> masks;
    std::vector<std::int16_t> values;
    const auto width = static_cast<std::size_t>(weights.denseClasses);
    for (std::size_t row = 0; width > 0 && row < weights.rows(); ++row) {
        std::uint8_t mask = 0;
        for (std::size_t c = 0; c < width; ++c) {
            if (const std::int16_t value = weights.dense[row * width + c]; value != 0) {
                mask = static_cast<std::uint8_t>(mask | (1u << c));
                values.push_back(value);
            }
        }
        masks.push_back(mask);
    }
    w.number(static_cast<std::uint64_t>(values.size()));
    w.array(masks);
    w.array(values);
    w.number(static_cast<std::uint64_t>(weights.entries.size()));
    std::vector<std::uint8_t> counts;
    for (std::size_t r = 0; r + 1 < weights.offsets.size(); ++r) {
        counts.push_back(static_cast<std::uint8_t>(weights.offsets[r + 1] - weights.offsets[r]));
    }
    w.array(counts);
    std::vector<std::uint8_t> classes;
    std::vector<std::int16_t> sparse;
    for (const auto& entry : weights.entries) {
        classes.push_back(entry.cls);
        sparse.push_back(entry.weight);
    }
    w.array(classes);
    w.array(sparse);
}

bool readWeights(Reader& r, FrozenWeights& weights, int expectedClasses, int expectedDense)
{
    weights.classes = static_cast<int>(r.number<std::uint32_t>());
    weights.bucketBits = static_cast<int>(r.number<std::uint32_t>());
    weights.scale = r.number<float>();
    weights.denseClasses = static_cast<int>(r.number<std::uint32_t>());
    const auto rows = r.number<std::uint64_t>();
    if (r.failed() || weights.classes != expectedClasses || weights.denseClasses != expectedDense ||
        weights.classes < 1 || weights.classes > 255 ||
        weights.bucketBits < 6 || weights.bucketBits > static_cast<int>(kMaxBucketBits) || rows > 0xFFFFFFFFu) {
        return false;
    }
    r.array(weights.used, (std::uint64_t{1} << weights.bucketBits) / 64);
    if (r.failed()) {
        return false;
    }
    weights.index();
    if (weights.rows() != rows) {
        return false;
    }
    if (weights.denseClasses > 8) {
        return false;
    }
    const auto denseValues = r.number<std::uint64_t>();
    std::vector<std::uint8_t> masks;
    std::vector<std::int16_t> packed;
    r.array(masks, weights.denseClasses > 0 ? rows : 0);
    if (r.failed() || denseValues > rows * std::uint64_t(weights.denseClasses)) {
        return false;
    }
    r.array(packed, denseValues);
    if (r.failed()) {
        return false;
    }
    const auto width = static_cast<std::size_t>(weights.denseClasses);
    weights.dense.assign(rows * width, 0);
    std::size_t next = 0;
    for (std::size_t row = 0; row < masks.size(); ++row) {
        for (std::size_t c = 0; c < 8; ++c) {
            if ((masks[row] >> c) & 1u) {
                if (c >= width || next >= packed.size()) {
                    return false;
                }
                weights.dense[row * width + c] = packed[next++];
            }
        }
    }
    if (next != packed.size()) {
        return false;
    }
    const auto entries = r.number<std::uint64_t>();
    std::vector<std::uint8_t> counts;
    std::vector<std::uint8_t> classes;
    std::vector<std::int16_t> values;
    r.array(counts, rows);
    if (r.failed() || entries > rows * std::uint64_t(weights.classes)) {
        return false;
    }
    r.array(classes, entries);
    r.array(values, entries);
    if (r.failed()) {
        return false;
    }
    weights.offsets.assign(rows + 1, 0);
    std::uint64_t total = 0;
    for (std::size_t row = 0; row < counts.size(); ++row) {
        if (counts[row] > weights.classes - weights.denseClasses) {
            return false;
        }
        total += counts[row];
        weights.offsets[row + 1] = static_cast<std::uint32_t>(std::min<std::uint64_t>(total, entries));
    }
    if (total != entries) {
        return false;
    }
    weights.indexLines();
    weights.entries.resize(entries);
    for (std::size_t e = 0; e < entries; ++e) {
        if (classes[e] >= weights.classes || classes[e] < weights.denseClasses) {
            return false;
        }
        weights.entries[e] = {classes[e], 0, values[e]};
    }
    return true;
}

std::uint64_t checksum(std::string_view bytes)
{
    std::uint64_t h = 0x2545f4914f6cdd1dULL ^ bytes.size();
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, 8);
        h = mix64(h ^ word) + 0x9e3779b97f4a7c15ULL;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    return mix64(h ^ tail);
}

Error corrupt(const std::string& path, const std::string& why)
{
    return fail(ErrorCode::Corrupt, "syntax model " + path + " is corrupt (" + why + "); reinstall it or train "
                                    "a new one with diplograph-cli train-syntax");
}

} // namespace

std::string serializeModel(const SyntaxModel& model)
{
    Writer w;
    w.text(model.licence);
    w.number(static_cast<std::uint32_t>(model.xposNames.size()));
    for (const auto& name : model.xposNames) {
        w.text(name);
    }
    w.number(static_cast<std::uint32_t>(model.labelNames.size()));
    for (const auto& name : model.labelNames) {
        w.text(name);
    }
    w.number(static_cast<std::uint32_t>(model.rootLabel));
    std::vector<std::pair<std::string, DictionaryTags>> dictionary(model.tagDictionary.begin(),
                                                                   model.tagDictionary.end());
    std::sort(dictionary.begin(), dictionary.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    w.number(static_cast<std::uint32_t>(dictionary.size()));
    for (const auto& [form, tags] : dictionary) {
        w.text(form);
        w.number(static_cast<std::uint8_t>(tags.upos));
        w.number(tags.xpos);
    }
    w.number(static_cast<std::uint32_t>(model.tagPairs.size()));
    for (const DictionaryTags& pair : model.tagPairs) {
        w.number(static_cast<std::uint8_t>(pair.upos));
        w.number(pair.xpos);
    }
    std::vector<std::pair<std::string, std::string>> known(model.lemmatizer.known.begin(),
                                                           model.lemmatizer.known.end());
    std::sort(known.begin(), known.end());
    w.number(static_cast<std::uint32_t>(model.lemmatizer.longestSuffix));
    w.number(static_cast<std::uint32_t>(known.size()));
    for (const auto& [key, lemma] : known) {
        w.text(key);
        w.text(lemma);
    }
    std::vector<std::pair<std::string, LemmaRule>> rules(model.lemmatizer.suffixes.begin(),
                                                         model.lemmatizer.suffixes.end());
    std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    w.number(static_cast<std::uint32_t>(rules.size()));
    for (const auto& [key, rule] : rules) {
        w.text(key);
        w.number(rule.strip);
        w.text(rule.append);
    }
    for (const FrozenWeights* weights : {&model.uposWeights, &model.xposWeights, &model.parserWeights}) {
        writeWeights(w, *weights);
    }
    std::string file(kMagic, sizeof(kMagic));
    Writer header;
    header.number(kModelFormatVersion);
    header.number(std::uint32_t{0});
    header.number(static_cast<std::uint64_t>(w.out.size()));
    file += header.out;
    file += w.out;
    Writer tail;
    tail.number(checksum(w.out));
    file += tail.out;
    return file;
}

Result<SyntaxModel> deserializeModel(std::string_view bytes, const std::string& path)
{
    if (bytes.size() < kHeaderBytes || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
        return corrupt(path, "not a Diplograph syntax model");
    }
    Reader header(bytes.substr(8, kHeaderBytes - 8));
    const auto version = header.number<std::uint32_t>();
    header.number<std::uint32_t>();
    const auto payloadSize = header.number<std::uint64_t>();
    // The frame (magic, version, size, checksum) is the same in every version, so a damaged file is told apart
    // from a newer one before the version is read.
    if (bytes.size() < kHeaderBytes + 8 || payloadSize != bytes.size() - kHeaderBytes - 8) {
        return corrupt(path, "truncated: " + std::to_string(bytes.size()) + " bytes");
    }
    const std::string_view payload = bytes.substr(kHeaderBytes, payloadSize);
    std::uint64_t stored;
    std::memcpy(&stored, bytes.data() + kHeaderBytes + payloadSize, 8);
    if (stored != checksum(payload)) {
        return corrupt(path, "checksum mismatch");
    }
    if (version > kModelFormatVersion) {
        return fail(ErrorCode::NewerSchema, "syntax model " + path + " has format version " +
                                                std::to_string(version) + "; this Diplograph reads up to version " +
                                                std::to_string(kModelFormatVersion) + ": upgrade Diplograph");
    }
    if (version == 0) {
        return corrupt(path, "format version 0");
    }
    return deserializePayload(payload, path);
}

Result<SyntaxModel> deserializePayload(std::string_view payload, const std::string& path)
{
    SyntaxModel model;
    Reader r(payload);
    model.licence = r.text();
    for (auto n = r.count(4); n > 0; --n) {
        model.xposNames.push_back(r.text());
    }
    for (auto n = r.count(4); n > 0; --n) {
        model.labelNames.push_back(r.text());
    }
    model.rootLabel = static_cast<int>(r.number<std::uint32_t>());
    if (model.xposNames.empty() || model.xposNames.size() > 255 || model.labelNames.empty() ||
        model.labelNames.size() > 255 || model.rootLabel >= static_cast<int>(model.labelNames.size())) {
        return corrupt(path, "bad tag or label tables");
    }
    for (auto n = r.count(6); n > 0 && !r.failed(); --n) {
        std::string form = r.text();
        const auto upos = r.number<std::uint8_t>();
        const auto xpos = r.number<std::uint8_t>();
        if (upos == 0 || upos >= kUposCount || xpos >= model.xposNames.size()) {
            return corrupt(path, "bad tag dictionary");
        }
        model.tagDictionary[std::move(form)] = DictionaryTags{static_cast<Upos>(upos), xpos};
    }
    for (auto n = r.count(2); n > 0 && !r.failed(); --n) {
        const auto upos = r.number<std::uint8_t>();
        const auto xpos = r.number<std::uint8_t>();
        if (upos == 0 || upos >= kUposCount || xpos >= model.xposNames.size()) {
            return corrupt(path, "bad tag pairs");
        }
        model.tagPairs.push_back({static_cast<Upos>(upos), xpos});
    }
    model.lemmatizer.longestSuffix = static_cast<int>(std::min<std::uint32_t>(r.number<std::uint32_t>(), 16));
    for (auto n = r.count(8); n > 0 && !r.failed(); --n) {
        std::string key = r.text();
        model.lemmatizer.known[std::move(key)] = r.text();
    }
    for (auto n = r.count(9); n > 0 && !r.failed(); --n) {
        std::string key = r.text();
        LemmaRule rule;
        rule.strip = r.number<std::uint8_t>();
        rule.append = r.text();
        model.lemmatizer.suffixes[std::move(key)] = std::move(rule);
    }
    const int xposCount = static_cast<int>(model.xposNames.size());
    const int labelCount = static_cast<int>(model.labelNames.size());
    if (r.failed() || !readWeights(r, model.uposWeights, kUposCount, 0) ||
        !readWeights(r, model.xposWeights, xposCount, 0) ||
        !readWeights(r, model.parserWeights, kMoveCount + 2 * labelCount, kMoveCount) || !r.atEnd()) {
        return corrupt(path, "bad weight tables");
    }
    return model;
}

Result<void> writeModelFile(const SyntaxModel& model, const std::string& path)
{
    const std::string bytes = serializeModel(model);
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return fail(ErrorCode::Io, "cannot write " + path + ": " + std::strerror(errno));
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        return fail(ErrorCode::Io, "cannot write " + path + ": " + error.message());
    }
    return {};
}

Result<SyntaxModel> readModelFile(const std::string& path)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        return fail(ErrorCode::NotFound, "syntax model not found: " + path);
    }
    if (std::filesystem::is_directory(path, error)) {
        return fail(ErrorCode::Unreadable, "syntax model " + path + " is a folder, not a file");
    }
    const auto size = std::filesystem::file_size(path, error);
    std::ifstream in(path, std::ios::binary);
    if (error || !in) {
        return fail(ErrorCode::Unreadable, "cannot read syntax model " + path + ": " + std::strerror(errno));
    }
    if (size > (std::uint64_t{1} << 31)) {
        return corrupt(path, "larger than 2 GB");
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(in.gcount()) != size) {
        return fail(ErrorCode::Unreadable, "cannot read syntax model " + path);
    }
    return deserializeModel(bytes, path);
}

} // namespace diplograph::core::syntax
