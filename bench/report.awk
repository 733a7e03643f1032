# Turns bench/run.sh's raw runs (size, tool, pages, "wall cpu rss_kb status") into a Markdown table
# of medians, with the ratios to Hugo (wall and CPU) and the growth from each size to four times that size.
# Plain POSIX awk (Debian's default is mawk: no asort).

function median(list, n,    v, i, j, t) {
    split(list, v, " ")
    for (i = 2; i <= n; i++) { t = v[i] + 0; for (j = i - 1; j >= 1 && v[j] + 0 > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}

{
    key = $1 SUBSEP $2
    if (!(key in pages)) { pages[key] = $3; order[++keys] = key }
    if (!($1 in seen)) { seen[$1] = 1; sizes[++nsizes] = $1 }
    split($4, r, " ")
    if (r[4] != "ok") { problem[key] = sprintf("stopped (%s) after %.1f s at %.0f MiB", r[4] == "failed" ? "build failed" : r[4] " limit", r[1], r[3] / 1024); next }
    n[key]++; wall[key] = wall[key] " " r[1]; cpu[key] = cpu[key] " " r[2]; rss[key] = rss[key] " " r[3]
}

END {
    label["oms"] = "OMS Handbook, everything on"
    label["hugo"] = "Hugo, minimal layout"
    label["hugo-nav"] = "Hugo, every chapter listed on every page"
    for (k = 1; k <= keys; k++) {
        key = order[k]
        if (n[key]) { w[key] = median(wall[key], n[key]); c[key] = median(cpu[key], n[key]); m[key] = median(rss[key], n[key]) / 1024 }
    }

    print "| Corpus | Build | Pages | Wall (s) | CPU (s) | Peak RSS (MiB) | Pages/s | Ours ÷ Hugo (wall / CPU) |"
    print "|---|---|--:|--:|--:|--:|--:|---|"
    for (k = 1; k <= keys; k++) {
        key = order[k]; split(key, part, SUBSEP); size = part[1]; tool = part[2]
        corpus = size == "real" ? "real handbook" : size " chapters"
        name = (tool in label) ? label[tool] : tool
        if (key in problem || !n[key]) { printf "| %s | %s | %d | %s | | | | |\n", corpus, name, pages[key], problem[key]; continue }
        ratio = ""
        if (tool == "oms") {
            if (w[size SUBSEP "hugo"]) ratio = sprintf("%.1f× / %.1f× minimal", w[key] / w[size SUBSEP "hugo"], c[key] / c[size SUBSEP "hugo"])
            if (w[size SUBSEP "hugo-nav"]) ratio = ratio sprintf("; %.1f× / %.1f× listing", w[key] / w[size SUBSEP "hugo-nav"], c[key] / c[size SUBSEP "hugo-nav"])
        }
        printf "| %s | %s | %d | %.2f | %.2f | %.0f | %s | %s |\n", corpus, name, pages[key], w[key], c[key], m[key], pages[key] ? sprintf("%.0f", pages[key] / w[key]) : "", ratio
    }

    growth = ""
    for (a = 1; a <= nsizes; a++) for (b = 1; b <= nsizes; b++) {
        if (sizes[a] == "real" || sizes[b] != 4 * sizes[a]) continue
        for (k = 1; k <= keys; k++) {
            key = order[k]; split(key, part, SUBSEP); small = sizes[a] SUBSEP part[2]
            if (part[1] != sizes[b] || !w[key] || !w[small]) continue
            growth = growth sprintf("| %s | %s → %s | %.2f× | %.2f× | %.2f× |\n", label[part[2]], sizes[a], sizes[b], w[key] / w[small], c[key] / c[small], m[key] / m[small])
        }
    }
    if (growth != "") {
        print ""
        print "| Growth | Chapters | Wall | CPU | Peak RSS |"
        print "|---|---|--:|--:|--:|"
        printf "%s", growth
    }
}
