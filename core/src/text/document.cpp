#include "diplograph/text.h"
#include "text/markup.h"
#include "text/text_builder.h"
#include "text/utf8.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace diplograph::core {
namespace {

// A headline is short; body paragraphs usually are not.
constexpr std::size_t kMaxHeadlineBytes = 200;

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return text::isAsciiSpace(c); });
}

std::optional<Error> checkBinary(std::string_view bytes)
{
    std::size_t controls = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0) {
            const bool utf16 =
                bytes.size() >= 2 &&
                ((static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) ||
                 (static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF));
            return fail(ErrorCode::Binary, utf16 ? "the input is UTF-16; convert it to UTF-8 first"
                                                 : "the input contains NUL bytes; it is not a text file");
        }
        if (byte < 0x20 && !text::isAsciiSpace(c) && byte != 0x1B) {
            ++controls;
        }
    }
    // Ordinary text has next to no control characters; one in ten means a binary format.
    if (controls * 10 > bytes.size()) {
        return fail(ErrorCode::Binary, "the input is mostly control characters; it is not a text file");
    }
    return std::nullopt;
}

// Trims ASCII whitespace from both ends of text[range).
ByteRange trimmed(std::string_view text, ByteRange range)
{
    while (range.start < range.end && text::isAsciiSpace(text[range.start])) {
        ++range.start;
    }
    while (range.end > range.start && text::isAsciiSpace(text[range.end - 1])) {
        --range.end;
    }
    return range;
}

// The plain-text rule: the first non-empty line, followed by a blank line, short, not ending like body text.
text::HeadlineInfo findPlainHeadline(std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size() && text::isAsciiSpace(text[start])) {
        ++start;
    }
    const std::size_t lineEnd = text.find('\n', start);
    if (lineEnd == std::string_view::npos) {
        return {};
    }
    std::size_t next = lineEnd + 1;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) {
        ++next;
    }
    if (next >= text.size() || text[next] != '\n' || isBlank(text.substr(next))) {
        return {}; // no blank line after it, or no body below it
    }
    const ByteRange line = trimmed(text, {start, lineEnd});
    if (line.empty() || line.size() >= kMaxHeadlineBytes) {
        return {};
    }
    // A final period marks body text, unless it closes an abbreviation such as "U.S.".
    if (text[line.end - 1] == '.' && !(line.size() >= 2 && text::isAsciiUpper(text[line.end - 2]))) {
        return {};
    }
    return {true, line};
}

std::string describeInvalid(std::size_t count)
{
    return "replaced " + std::to_string(count) + " invalid UTF-8 sequence" + (count == 1 ? "" : "s") + " with U+FFFD";
}

} // namespace

ByteRange Document::toOriginal(ByteRange textRange) const
{
    if (segments.empty()) {
        return {};
    }
    const std::size_t size = text.size();
    textRange.end = std::min(textRange.end, size);
    textRange.start = std::min(textRange.start, textRange.end);
    // The segment holding text byte `pos`; segments are sorted and contiguous over text.
    const auto segmentAt = [this](std::size_t pos) -> const OffsetSegment& {
        auto it = std::upper_bound(segments.begin(), segments.end(), pos,
                                   [](std::size_t value, const OffsetSegment& s) { return value < s.textStart; });
        return it == segments.begin() ? *it : *std::prev(it);
    };
    const auto startOf = [this, &segmentAt](std::size_t pos) {
        if (pos >= text.size()) {
            const auto& last = segments.back();
            return last.originalStart + last.originalLength;
        }
        const auto& s = segmentAt(pos);
        if (s.textLength != s.originalLength) {
            return s.originalStart;
        }
        std::size_t at = s.originalStart + (pos - s.textStart);
        while (at > s.originalStart && text::isContinuationByte(static_cast<unsigned char>(original[at]))) {
            --at;
        }
        return at;
    };
    if (textRange.empty()) {
        const std::size_t at = startOf(textRange.start);
        return {at, at};
    }
    const std::size_t begin = startOf(textRange.start);
    const auto& s = segmentAt(textRange.end - 1);
    std::size_t end = s.originalStart + s.originalLength;
    if (s.textLength == s.originalLength) {
        end = s.originalStart + (textRange.end - s.textStart);
        while (end < s.originalStart + s.originalLength &&
               text::isContinuationByte(static_cast<unsigned char>(original[end]))) {
            ++end;
        }
    }
    return {begin, std::max(begin, end)};
}

Result<Document> loadDocument(std::string bytes, InputFormat format)
{
    if (bytes.size() > kMaxInputBytes) {
        return fail(ErrorCode::TooLarge, "the input is " + std::to_string(bytes.size() / (1024 * 1024)) +
                                             " MB; the limit is " + std::to_string(kMaxInputBytes / (1024 * 1024)) +
                                             " MB");
    }
    if (auto binary = checkBinary(bytes)) {
        return *binary;
    }
    Document document;
    document.original = std::move(bytes);
    const std::string_view original = document.original;
    if (format == InputFormat::Auto || format == InputFormat::Invalid) {
        format = text::looksLikeHtml(original) ? InputFormat::Html : InputFormat::PlainText;
    }

    text::TextBuilder builder(original);
    text::HeadlineInfo headline;
    switch (format) {
    case InputFormat::Html: headline = text::convertHtml(original, builder); break;
    case InputFormat::Markdown: headline = text::convertMarkdown(original, builder); break;
    default: builder.normaliseRange(0, original.size()); break;
    }
    const std::size_t invalid = builder.invalidSequences();
    builder.finish(document.text, document.segments);

    if (isBlank(document.text)) {
        return fail(ErrorCode::Empty, document.original.empty() ? "the input is empty"
                                                                : "the input holds no text, only whitespace or markup");
    }
    if (!headline.found && format != InputFormat::Html) {
        headline = findPlainHeadline(document.text);
    }
    if (headline.found && !headline.range.empty()) {
        document.titleRange = trimmed(document.text, headline.range);
        document.title = document.text.substr(document.titleRange.start, document.titleRange.size());
    }
    if (invalid > 0) {
        document.warnings.push_back(describeInvalid(invalid));
    }
    return document;
}

Result<Document> readDocument(const std::string& path)
{
    std::error_code error;
    const std::filesystem::path file(path);
    const auto status = std::filesystem::status(file, error);
    if (status.type() == std::filesystem::file_type::not_found) {
        return fail(ErrorCode::NotFound, "no such file: " + path);
    }
    if (error) {
        return fail(ErrorCode::Unreadable, "cannot read " + path + ": " + error.message());
    }
    if (std::filesystem::is_directory(status)) {
        return fail(ErrorCode::Unreadable, path + " is a directory, not an article file");
    }
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(file, error);
        if (!error && size > kMaxInputBytes) {
            return fail(ErrorCode::TooLarge, path + " is " + std::to_string(size / (1024 * 1024)) +
                                                 " MB; the limit is " + std::to_string(kMaxInputBytes / (1024 * 1024)) +
                                                 " MB");
        }
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!stream) {
        return fail(ErrorCode::Unreadable, "cannot read " + path + ": " + std::strerror(errno));
    }
    std::string bytes;
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, stream.get())) > 0) {
        bytes.append(buffer, got);
        if (bytes.size() > kMaxInputBytes) {
            return fail(ErrorCode::TooLarge,
                        path + " is larger than the " + std::to_string(kMaxInputBytes / (1024 * 1024)) + " MB limit");
        }
    }
    if (std::ferror(stream.get())) {
        return fail(ErrorCode::Unreadable, "cannot read " + path + ": " + std::strerror(errno));
    }

    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](char c) { return text::asciiLower(c); });
    InputFormat format = InputFormat::PlainText;
    if (extension == ".html" || extension == ".htm" || extension == ".xhtml") {
        format = InputFormat::Html;
    } else if (extension == ".md" || extension == ".markdown") {
        format = InputFormat::Markdown;
    } else if (extension != ".txt") {
        format = InputFormat::Auto;
    }
    auto document = loadDocument(std::move(bytes), format);
    if (!document) {
        return fail(document.error().code, path + ": " + document.error().message);
    }
    return document;
}

} // namespace diplograph::core
