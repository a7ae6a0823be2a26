namespace Pages.Splitting;

/// <summary>
/// Chinese family names: the single-character ones in common use (from the 百家姓 and the national
/// name statistics; a few that are far more often ordinary words, such as 和 and 来, are left out)
/// and the compound ones. A byline on a line of its own
/// must name people whose names start with one; that is what tells 本报记者 郭树勋 from 记者在现场.
/// </summary>
internal static class Surnames
{
    const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟"
        + "熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符"
        + "舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
        + "米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满"
        + "闻位厉伊仝区郜海阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战"
        + "慕危玉银亢嵇哈湛宾戎勾茅利呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭傅锁仉粘竺麴钮逄睢菅吾朗酆郦弓堵鄂丘宦莘逢宓蒯暴訾戢牧隗山蓬郗仰秋钭"
        + "历韶蓟怀咸籍赖苍双贡扶宰却璩濮寿郏阎充习鱼慎庾暨弘禄东殳沃蔚越夔厍融毋乜养须巢红桓";

    static readonly string[] Compound =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
        "令狐", "钟离", "闻人", "万俟", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙", "呼延",
        "端木", "赫连", "东郭", "南宫", "西门", "百里", "第五", "拓跋", "独孤", "司空", "左丘", "巫马", "公西", "漆雕",
    ];

    static readonly HashSet<char> SingleSet = [.. Single];

    /// <summary>True when <paramref name="name"/> starts with a known family name.</summary>
    public static bool StartsName(string name) =>
        name.Length > 0 && (SingleSet.Contains(name[0]) || Compound.Any(name.StartsWith));
}
