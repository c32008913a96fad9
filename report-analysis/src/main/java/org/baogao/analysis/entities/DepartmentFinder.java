package org.baogao.analysis.entities;

import java.util.Set;

/**
 * Government departments: 市工信局, 省交通运输厅, 市发展改革委, 国家统计局. The name starts at 省/市/区/县/州 or
 * 国家 right after punctuation or a function word, and ends at 局/厅/委/委员会; 全市新格局 and 市委 (nothing
 * between) are not departments, nor is a department's 党委.
 */
final class DepartmentFinder {
    private static final char[] DEPARTMENT_SUFFIXES = {'局', '厅', '委'};
    private static final String DEPARTMENT_BOUNDARY = "的由和与及同、";
    private static final int MAX_DEPARTMENT = 10;
    /** Words that start with a level character but name no level: 区域经济格局, 市场监管. */
    private static final Set<String> COMMON_WORDS_AT_PREFIX = Set.of("区域", "市场", "市民", "县域", "省份", "市县", "市州",
            "区县", "市区", "州市", "省市", "市域", "省域", "区间");

    void find(String text, Mentions organizations) {
        for (int at = nextDepartmentEnd(text, 0); at >= 0; at = nextDepartmentEnd(text, at + 1)) {
            char suffix = text.charAt(at);
            char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            // 委员, 委托, 党委 (a department's party committee), 局面, 局部: not department names.
            boolean committee = text.startsWith("委员会", at);
            if (suffix == '委' && (next == '员' && !committee || next == '托' || before == '党')
                    || suffix == '局' && "面部势限".indexOf(next) >= 0) {
                continue;
            }
            int end = committee ? at + 3 : at + 1;
            int start = -1;
            for (int i = at - 1; i >= Math.max(0, at - MAX_DEPARTMENT); i--) {
                char c = text.charAt(i);
                if (!isHan(c)) {
                    break;
                }
                boolean prefix = "省市区县州".indexOf(c) >= 0 || c == '家' && i > 0 && text.charAt(i - 1) == '国';
                int from = c == '家' ? i - 1 : i;
                if (prefix && at - i >= 2 && !COMMON_WORDS_AT_PREFIX.contains(text.substring(from, Math.min(at, from + 2)))
                        && (from == 0 || DEPARTMENT_BOUNDARY.indexOf(text.charAt(from - 1)) >= 0
                        || !isHan(text.charAt(from - 1)))) {
                    start = from;
                }
            }
            if (start >= 0) {
                organizations.add(text.substring(start, end), start);
            }
        }
    }

    private static int nextDepartmentEnd(String text, int from) {
        int best = -1;
        for (char c : DEPARTMENT_SUFFIXES) {
            int i = text.indexOf(c, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

}
