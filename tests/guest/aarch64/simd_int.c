/*
 * simd_int.c - Advanced SIMD integer instructions (three same, two-register
 * misc, across lanes, permutes, narrowing/widening and immediate shifts,
 * EXT/DUP/INS) in every arrangement, each over many input patterns: random
 * bytes mixed with the edge values 0x00, 0xff, 0x80, 0x7f, 0x01.  Vd is
 * preloaded with a pattern too, so BSL/BIT/BIF/MLA/SRA/XTN2 see it and
 * the D forms must zero bits 127:64.  One hash line per instruction,
 * recorded from qemu-aarch64-static.
 */
// test-expect: file
#include <stdint.h>
#include <stdio.h>

#define INSNS(I) \
	I(0, "add v2.8b, v0.8b, v1.8b") \
	I(1, "add v2.16b, v0.16b, v1.16b") \
	I(2, "add v2.4h, v0.4h, v1.4h") \
	I(3, "add v2.8h, v0.8h, v1.8h") \
	I(4, "add v2.2s, v0.2s, v1.2s") \
	I(5, "add v2.4s, v0.4s, v1.4s") \
	I(6, "add v2.2d, v0.2d, v1.2d") \
	I(7, "sub v2.8b, v0.8b, v1.8b") \
	I(8, "sub v2.16b, v0.16b, v1.16b") \
	I(9, "sub v2.4h, v0.4h, v1.4h") \
	I(10, "sub v2.8h, v0.8h, v1.8h") \
	I(11, "sub v2.2s, v0.2s, v1.2s") \
	I(12, "sub v2.4s, v0.4s, v1.4s") \
	I(13, "sub v2.2d, v0.2d, v1.2d") \
	I(14, "cmeq v2.8b, v0.8b, v1.8b") \
	I(15, "cmeq v2.16b, v0.16b, v1.16b") \
	I(16, "cmeq v2.4h, v0.4h, v1.4h") \
	I(17, "cmeq v2.8h, v0.8h, v1.8h") \
	I(18, "cmeq v2.2s, v0.2s, v1.2s") \
	I(19, "cmeq v2.4s, v0.4s, v1.4s") \
	I(20, "cmeq v2.2d, v0.2d, v1.2d") \
	I(21, "cmgt v2.8b, v0.8b, v1.8b") \
	I(22, "cmgt v2.16b, v0.16b, v1.16b") \
	I(23, "cmgt v2.4h, v0.4h, v1.4h") \
	I(24, "cmgt v2.8h, v0.8h, v1.8h") \
	I(25, "cmgt v2.2s, v0.2s, v1.2s") \
	I(26, "cmgt v2.4s, v0.4s, v1.4s") \
	I(27, "cmgt v2.2d, v0.2d, v1.2d") \
	I(28, "cmge v2.8b, v0.8b, v1.8b") \
	I(29, "cmge v2.16b, v0.16b, v1.16b") \
	I(30, "cmge v2.4h, v0.4h, v1.4h") \
	I(31, "cmge v2.8h, v0.8h, v1.8h") \
	I(32, "cmge v2.2s, v0.2s, v1.2s") \
	I(33, "cmge v2.4s, v0.4s, v1.4s") \
	I(34, "cmge v2.2d, v0.2d, v1.2d") \
	I(35, "cmhi v2.8b, v0.8b, v1.8b") \
	I(36, "cmhi v2.16b, v0.16b, v1.16b") \
	I(37, "cmhi v2.4h, v0.4h, v1.4h") \
	I(38, "cmhi v2.8h, v0.8h, v1.8h") \
	I(39, "cmhi v2.2s, v0.2s, v1.2s") \
	I(40, "cmhi v2.4s, v0.4s, v1.4s") \
	I(41, "cmhi v2.2d, v0.2d, v1.2d") \
	I(42, "cmhs v2.8b, v0.8b, v1.8b") \
	I(43, "cmhs v2.16b, v0.16b, v1.16b") \
	I(44, "cmhs v2.4h, v0.4h, v1.4h") \
	I(45, "cmhs v2.8h, v0.8h, v1.8h") \
	I(46, "cmhs v2.2s, v0.2s, v1.2s") \
	I(47, "cmhs v2.4s, v0.4s, v1.4s") \
	I(48, "cmhs v2.2d, v0.2d, v1.2d") \
	I(49, "cmtst v2.8b, v0.8b, v1.8b") \
	I(50, "cmtst v2.16b, v0.16b, v1.16b") \
	I(51, "cmtst v2.4h, v0.4h, v1.4h") \
	I(52, "cmtst v2.8h, v0.8h, v1.8h") \
	I(53, "cmtst v2.2s, v0.2s, v1.2s") \
	I(54, "cmtst v2.4s, v0.4s, v1.4s") \
	I(55, "cmtst v2.2d, v0.2d, v1.2d") \
	I(56, "addp v2.8b, v0.8b, v1.8b") \
	I(57, "addp v2.16b, v0.16b, v1.16b") \
	I(58, "addp v2.4h, v0.4h, v1.4h") \
	I(59, "addp v2.8h, v0.8h, v1.8h") \
	I(60, "addp v2.2s, v0.2s, v1.2s") \
	I(61, "addp v2.4s, v0.4s, v1.4s") \
	I(62, "addp v2.2d, v0.2d, v1.2d") \
	I(63, "uzp1 v2.8b, v0.8b, v1.8b") \
	I(64, "uzp1 v2.16b, v0.16b, v1.16b") \
	I(65, "uzp1 v2.4h, v0.4h, v1.4h") \
	I(66, "uzp1 v2.8h, v0.8h, v1.8h") \
	I(67, "uzp1 v2.2s, v0.2s, v1.2s") \
	I(68, "uzp1 v2.4s, v0.4s, v1.4s") \
	I(69, "uzp1 v2.2d, v0.2d, v1.2d") \
	I(70, "uzp2 v2.8b, v0.8b, v1.8b") \
	I(71, "uzp2 v2.16b, v0.16b, v1.16b") \
	I(72, "uzp2 v2.4h, v0.4h, v1.4h") \
	I(73, "uzp2 v2.8h, v0.8h, v1.8h") \
	I(74, "uzp2 v2.2s, v0.2s, v1.2s") \
	I(75, "uzp2 v2.4s, v0.4s, v1.4s") \
	I(76, "uzp2 v2.2d, v0.2d, v1.2d") \
	I(77, "zip1 v2.8b, v0.8b, v1.8b") \
	I(78, "zip1 v2.16b, v0.16b, v1.16b") \
	I(79, "zip1 v2.4h, v0.4h, v1.4h") \
	I(80, "zip1 v2.8h, v0.8h, v1.8h") \
	I(81, "zip1 v2.2s, v0.2s, v1.2s") \
	I(82, "zip1 v2.4s, v0.4s, v1.4s") \
	I(83, "zip1 v2.2d, v0.2d, v1.2d") \
	I(84, "zip2 v2.8b, v0.8b, v1.8b") \
	I(85, "zip2 v2.16b, v0.16b, v1.16b") \
	I(86, "zip2 v2.4h, v0.4h, v1.4h") \
	I(87, "zip2 v2.8h, v0.8h, v1.8h") \
	I(88, "zip2 v2.2s, v0.2s, v1.2s") \
	I(89, "zip2 v2.4s, v0.4s, v1.4s") \
	I(90, "zip2 v2.2d, v0.2d, v1.2d") \
	I(91, "trn1 v2.8b, v0.8b, v1.8b") \
	I(92, "trn1 v2.16b, v0.16b, v1.16b") \
	I(93, "trn1 v2.4h, v0.4h, v1.4h") \
	I(94, "trn1 v2.8h, v0.8h, v1.8h") \
	I(95, "trn1 v2.2s, v0.2s, v1.2s") \
	I(96, "trn1 v2.4s, v0.4s, v1.4s") \
	I(97, "trn1 v2.2d, v0.2d, v1.2d") \
	I(98, "trn2 v2.8b, v0.8b, v1.8b") \
	I(99, "trn2 v2.16b, v0.16b, v1.16b") \
	I(100, "trn2 v2.4h, v0.4h, v1.4h") \
	I(101, "trn2 v2.8h, v0.8h, v1.8h") \
	I(102, "trn2 v2.2s, v0.2s, v1.2s") \
	I(103, "trn2 v2.4s, v0.4s, v1.4s") \
	I(104, "trn2 v2.2d, v0.2d, v1.2d") \
	I(105, "smax v2.8b, v0.8b, v1.8b") \
	I(106, "smax v2.16b, v0.16b, v1.16b") \
	I(107, "smax v2.4h, v0.4h, v1.4h") \
	I(108, "smax v2.8h, v0.8h, v1.8h") \
	I(109, "smax v2.2s, v0.2s, v1.2s") \
	I(110, "smax v2.4s, v0.4s, v1.4s") \
	I(111, "umax v2.8b, v0.8b, v1.8b") \
	I(112, "umax v2.16b, v0.16b, v1.16b") \
	I(113, "umax v2.4h, v0.4h, v1.4h") \
	I(114, "umax v2.8h, v0.8h, v1.8h") \
	I(115, "umax v2.2s, v0.2s, v1.2s") \
	I(116, "umax v2.4s, v0.4s, v1.4s") \
	I(117, "smin v2.8b, v0.8b, v1.8b") \
	I(118, "smin v2.16b, v0.16b, v1.16b") \
	I(119, "smin v2.4h, v0.4h, v1.4h") \
	I(120, "smin v2.8h, v0.8h, v1.8h") \
	I(121, "smin v2.2s, v0.2s, v1.2s") \
	I(122, "smin v2.4s, v0.4s, v1.4s") \
	I(123, "umin v2.8b, v0.8b, v1.8b") \
	I(124, "umin v2.16b, v0.16b, v1.16b") \
	I(125, "umin v2.4h, v0.4h, v1.4h") \
	I(126, "umin v2.8h, v0.8h, v1.8h") \
	I(127, "umin v2.2s, v0.2s, v1.2s") \
	I(128, "umin v2.4s, v0.4s, v1.4s") \
	I(129, "smaxp v2.8b, v0.8b, v1.8b") \
	I(130, "smaxp v2.16b, v0.16b, v1.16b") \
	I(131, "smaxp v2.4h, v0.4h, v1.4h") \
	I(132, "smaxp v2.8h, v0.8h, v1.8h") \
	I(133, "smaxp v2.2s, v0.2s, v1.2s") \
	I(134, "smaxp v2.4s, v0.4s, v1.4s") \
	I(135, "umaxp v2.8b, v0.8b, v1.8b") \
	I(136, "umaxp v2.16b, v0.16b, v1.16b") \
	I(137, "umaxp v2.4h, v0.4h, v1.4h") \
	I(138, "umaxp v2.8h, v0.8h, v1.8h") \
	I(139, "umaxp v2.2s, v0.2s, v1.2s") \
	I(140, "umaxp v2.4s, v0.4s, v1.4s") \
	I(141, "sminp v2.8b, v0.8b, v1.8b") \
	I(142, "sminp v2.16b, v0.16b, v1.16b") \
	I(143, "sminp v2.4h, v0.4h, v1.4h") \
	I(144, "sminp v2.8h, v0.8h, v1.8h") \
	I(145, "sminp v2.2s, v0.2s, v1.2s") \
	I(146, "sminp v2.4s, v0.4s, v1.4s") \
	I(147, "uminp v2.8b, v0.8b, v1.8b") \
	I(148, "uminp v2.16b, v0.16b, v1.16b") \
	I(149, "uminp v2.4h, v0.4h, v1.4h") \
	I(150, "uminp v2.8h, v0.8h, v1.8h") \
	I(151, "uminp v2.2s, v0.2s, v1.2s") \
	I(152, "uminp v2.4s, v0.4s, v1.4s") \
	I(153, "mul v2.8b, v0.8b, v1.8b") \
	I(154, "mul v2.16b, v0.16b, v1.16b") \
	I(155, "mul v2.4h, v0.4h, v1.4h") \
	I(156, "mul v2.8h, v0.8h, v1.8h") \
	I(157, "mul v2.2s, v0.2s, v1.2s") \
	I(158, "mul v2.4s, v0.4s, v1.4s") \
	I(159, "mla v2.8b, v0.8b, v1.8b") \
	I(160, "mla v2.16b, v0.16b, v1.16b") \
	I(161, "mla v2.4h, v0.4h, v1.4h") \
	I(162, "mla v2.8h, v0.8h, v1.8h") \
	I(163, "mla v2.2s, v0.2s, v1.2s") \
	I(164, "mla v2.4s, v0.4s, v1.4s") \
	I(165, "mls v2.8b, v0.8b, v1.8b") \
	I(166, "mls v2.16b, v0.16b, v1.16b") \
	I(167, "mls v2.4h, v0.4h, v1.4h") \
	I(168, "mls v2.8h, v0.8h, v1.8h") \
	I(169, "mls v2.2s, v0.2s, v1.2s") \
	I(170, "mls v2.4s, v0.4s, v1.4s") \
	I(171, "and v2.8b, v0.8b, v1.8b") \
	I(172, "and v2.16b, v0.16b, v1.16b") \
	I(173, "bic v2.8b, v0.8b, v1.8b") \
	I(174, "bic v2.16b, v0.16b, v1.16b") \
	I(175, "orr v2.8b, v0.8b, v1.8b") \
	I(176, "orr v2.16b, v0.16b, v1.16b") \
	I(177, "orn v2.8b, v0.8b, v1.8b") \
	I(178, "orn v2.16b, v0.16b, v1.16b") \
	I(179, "eor v2.8b, v0.8b, v1.8b") \
	I(180, "eor v2.16b, v0.16b, v1.16b") \
	I(181, "bsl v2.8b, v0.8b, v1.8b") \
	I(182, "bsl v2.16b, v0.16b, v1.16b") \
	I(183, "bit v2.8b, v0.8b, v1.8b") \
	I(184, "bit v2.16b, v0.16b, v1.16b") \
	I(185, "bif v2.8b, v0.8b, v1.8b") \
	I(186, "bif v2.16b, v0.16b, v1.16b") \
	I(187, "mov v2.8b, v0.8b") \
	I(188, "mov v2.8b, v2.8b") \
	I(189, "mov v2.16b, v0.16b") \
	I(190, "mov v2.16b, v2.16b") \
	I(191, "rev64 v2.8b, v0.8b") \
	I(192, "rev64 v2.16b, v0.16b") \
	I(193, "rev64 v2.4h, v0.4h") \
	I(194, "rev64 v2.8h, v0.8h") \
	I(195, "rev64 v2.2s, v0.2s") \
	I(196, "rev64 v2.4s, v0.4s") \
	I(197, "rev32 v2.8b, v0.8b") \
	I(198, "rev32 v2.16b, v0.16b") \
	I(199, "rev32 v2.4h, v0.4h") \
	I(200, "rev32 v2.8h, v0.8h") \
	I(201, "rev16 v2.8b, v0.8b") \
	I(202, "rev16 v2.16b, v0.16b") \
	I(203, "cnt v2.8b, v0.8b") \
	I(204, "cnt v2.16b, v0.16b") \
	I(205, "not v2.8b, v0.8b") \
	I(206, "not v2.16b, v0.16b") \
	I(207, "neg v2.8b, v0.8b") \
	I(208, "neg v2.16b, v0.16b") \
	I(209, "neg v2.4h, v0.4h") \
	I(210, "neg v2.8h, v0.8h") \
	I(211, "neg v2.2s, v0.2s") \
	I(212, "neg v2.4s, v0.4s") \
	I(213, "neg v2.2d, v0.2d") \
	I(214, "abs v2.8b, v0.8b") \
	I(215, "abs v2.16b, v0.16b") \
	I(216, "abs v2.4h, v0.4h") \
	I(217, "abs v2.8h, v0.8h") \
	I(218, "abs v2.2s, v0.2s") \
	I(219, "abs v2.4s, v0.4s") \
	I(220, "abs v2.2d, v0.2d") \
	I(221, "cmgt v2.8b, v0.8b, #0") \
	I(222, "cmgt v2.16b, v0.16b, #0") \
	I(223, "cmgt v2.4h, v0.4h, #0") \
	I(224, "cmgt v2.8h, v0.8h, #0") \
	I(225, "cmgt v2.2s, v0.2s, #0") \
	I(226, "cmgt v2.4s, v0.4s, #0") \
	I(227, "cmgt v2.2d, v0.2d, #0") \
	I(228, "cmge v2.8b, v0.8b, #0") \
	I(229, "cmge v2.16b, v0.16b, #0") \
	I(230, "cmge v2.4h, v0.4h, #0") \
	I(231, "cmge v2.8h, v0.8h, #0") \
	I(232, "cmge v2.2s, v0.2s, #0") \
	I(233, "cmge v2.4s, v0.4s, #0") \
	I(234, "cmge v2.2d, v0.2d, #0") \
	I(235, "cmeq v2.8b, v0.8b, #0") \
	I(236, "cmeq v2.16b, v0.16b, #0") \
	I(237, "cmeq v2.4h, v0.4h, #0") \
	I(238, "cmeq v2.8h, v0.8h, #0") \
	I(239, "cmeq v2.2s, v0.2s, #0") \
	I(240, "cmeq v2.4s, v0.4s, #0") \
	I(241, "cmeq v2.2d, v0.2d, #0") \
	I(242, "cmle v2.8b, v0.8b, #0") \
	I(243, "cmle v2.16b, v0.16b, #0") \
	I(244, "cmle v2.4h, v0.4h, #0") \
	I(245, "cmle v2.8h, v0.8h, #0") \
	I(246, "cmle v2.2s, v0.2s, #0") \
	I(247, "cmle v2.4s, v0.4s, #0") \
	I(248, "cmle v2.2d, v0.2d, #0") \
	I(249, "cmlt v2.8b, v0.8b, #0") \
	I(250, "cmlt v2.16b, v0.16b, #0") \
	I(251, "cmlt v2.4h, v0.4h, #0") \
	I(252, "cmlt v2.8h, v0.8h, #0") \
	I(253, "cmlt v2.2s, v0.2s, #0") \
	I(254, "cmlt v2.4s, v0.4s, #0") \
	I(255, "cmlt v2.2d, v0.2d, #0") \
	I(256, "xtn v2.8b, v0.8h") \
	I(257, "xtn v2.4h, v0.4s") \
	I(258, "xtn v2.2s, v0.2d") \
	I(259, "xtn2 v2.16b, v0.8h") \
	I(260, "xtn2 v2.8h, v0.4s") \
	I(261, "xtn2 v2.4s, v0.2d") \
	I(262, "addv b2, v0.8b") \
	I(263, "addv b2, v0.16b") \
	I(264, "addv h2, v0.4h") \
	I(265, "addv h2, v0.8h") \
	I(266, "addv s2, v0.4s") \
	I(267, "umaxv b2, v0.8b") \
	I(268, "umaxv b2, v0.16b") \
	I(269, "umaxv h2, v0.4h") \
	I(270, "umaxv h2, v0.8h") \
	I(271, "umaxv s2, v0.4s") \
	I(272, "smaxv b2, v0.8b") \
	I(273, "smaxv b2, v0.16b") \
	I(274, "smaxv h2, v0.4h") \
	I(275, "smaxv h2, v0.8h") \
	I(276, "smaxv s2, v0.4s") \
	I(277, "uminv b2, v0.8b") \
	I(278, "uminv b2, v0.16b") \
	I(279, "uminv h2, v0.4h") \
	I(280, "uminv h2, v0.8h") \
	I(281, "uminv s2, v0.4s") \
	I(282, "sminv b2, v0.8b") \
	I(283, "sminv b2, v0.16b") \
	I(284, "sminv h2, v0.4h") \
	I(285, "sminv h2, v0.8h") \
	I(286, "sminv s2, v0.4s") \
	I(287, "ushr v2.8b, v0.8b, #1") \
	I(288, "ushr v2.8b, v0.8b, #3") \
	I(289, "ushr v2.8b, v0.8b, #4") \
	I(290, "ushr v2.8b, v0.8b, #7") \
	I(291, "ushr v2.8b, v0.8b, #8") \
	I(292, "ushr v2.16b, v0.16b, #1") \
	I(293, "ushr v2.16b, v0.16b, #3") \
	I(294, "ushr v2.16b, v0.16b, #4") \
	I(295, "ushr v2.16b, v0.16b, #7") \
	I(296, "ushr v2.16b, v0.16b, #8") \
	I(297, "ushr v2.4h, v0.4h, #1") \
	I(298, "ushr v2.4h, v0.4h, #3") \
	I(299, "ushr v2.4h, v0.4h, #8") \
	I(300, "ushr v2.4h, v0.4h, #15") \
	I(301, "ushr v2.4h, v0.4h, #16") \
	I(302, "ushr v2.8h, v0.8h, #1") \
	I(303, "ushr v2.8h, v0.8h, #3") \
	I(304, "ushr v2.8h, v0.8h, #8") \
	I(305, "ushr v2.8h, v0.8h, #15") \
	I(306, "ushr v2.8h, v0.8h, #16") \
	I(307, "ushr v2.2s, v0.2s, #1") \
	I(308, "ushr v2.2s, v0.2s, #3") \
	I(309, "ushr v2.2s, v0.2s, #16") \
	I(310, "ushr v2.2s, v0.2s, #31") \
	I(311, "ushr v2.2s, v0.2s, #32") \
	I(312, "ushr v2.4s, v0.4s, #1") \
	I(313, "ushr v2.4s, v0.4s, #3") \
	I(314, "ushr v2.4s, v0.4s, #16") \
	I(315, "ushr v2.4s, v0.4s, #31") \
	I(316, "ushr v2.4s, v0.4s, #32") \
	I(317, "ushr v2.2d, v0.2d, #1") \
	I(318, "ushr v2.2d, v0.2d, #3") \
	I(319, "ushr v2.2d, v0.2d, #32") \
	I(320, "ushr v2.2d, v0.2d, #63") \
	I(321, "ushr v2.2d, v0.2d, #64") \
	I(322, "sshr v2.8b, v0.8b, #1") \
	I(323, "sshr v2.8b, v0.8b, #3") \
	I(324, "sshr v2.8b, v0.8b, #4") \
	I(325, "sshr v2.8b, v0.8b, #7") \
	I(326, "sshr v2.8b, v0.8b, #8") \
	I(327, "sshr v2.16b, v0.16b, #1") \
	I(328, "sshr v2.16b, v0.16b, #3") \
	I(329, "sshr v2.16b, v0.16b, #4") \
	I(330, "sshr v2.16b, v0.16b, #7") \
	I(331, "sshr v2.16b, v0.16b, #8") \
	I(332, "sshr v2.4h, v0.4h, #1") \
	I(333, "sshr v2.4h, v0.4h, #3") \
	I(334, "sshr v2.4h, v0.4h, #8") \
	I(335, "sshr v2.4h, v0.4h, #15") \
	I(336, "sshr v2.4h, v0.4h, #16") \
	I(337, "sshr v2.8h, v0.8h, #1") \
	I(338, "sshr v2.8h, v0.8h, #3") \
	I(339, "sshr v2.8h, v0.8h, #8") \
	I(340, "sshr v2.8h, v0.8h, #15") \
	I(341, "sshr v2.8h, v0.8h, #16") \
	I(342, "sshr v2.2s, v0.2s, #1") \
	I(343, "sshr v2.2s, v0.2s, #3") \
	I(344, "sshr v2.2s, v0.2s, #16") \
	I(345, "sshr v2.2s, v0.2s, #31") \
	I(346, "sshr v2.2s, v0.2s, #32") \
	I(347, "sshr v2.4s, v0.4s, #1") \
	I(348, "sshr v2.4s, v0.4s, #3") \
	I(349, "sshr v2.4s, v0.4s, #16") \
	I(350, "sshr v2.4s, v0.4s, #31") \
	I(351, "sshr v2.4s, v0.4s, #32") \
	I(352, "sshr v2.2d, v0.2d, #1") \
	I(353, "sshr v2.2d, v0.2d, #3") \
	I(354, "sshr v2.2d, v0.2d, #32") \
	I(355, "sshr v2.2d, v0.2d, #63") \
	I(356, "sshr v2.2d, v0.2d, #64") \
	I(357, "usra v2.8b, v0.8b, #1") \
	I(358, "usra v2.8b, v0.8b, #3") \
	I(359, "usra v2.8b, v0.8b, #4") \
	I(360, "usra v2.8b, v0.8b, #7") \
	I(361, "usra v2.8b, v0.8b, #8") \
	I(362, "usra v2.16b, v0.16b, #1") \
	I(363, "usra v2.16b, v0.16b, #3") \
	I(364, "usra v2.16b, v0.16b, #4") \
	I(365, "usra v2.16b, v0.16b, #7") \
	I(366, "usra v2.16b, v0.16b, #8") \
	I(367, "usra v2.4h, v0.4h, #1") \
	I(368, "usra v2.4h, v0.4h, #3") \
	I(369, "usra v2.4h, v0.4h, #8") \
	I(370, "usra v2.4h, v0.4h, #15") \
	I(371, "usra v2.4h, v0.4h, #16") \
	I(372, "usra v2.8h, v0.8h, #1") \
	I(373, "usra v2.8h, v0.8h, #3") \
	I(374, "usra v2.8h, v0.8h, #8") \
	I(375, "usra v2.8h, v0.8h, #15") \
	I(376, "usra v2.8h, v0.8h, #16") \
	I(377, "usra v2.2s, v0.2s, #1") \
	I(378, "usra v2.2s, v0.2s, #3") \
	I(379, "usra v2.2s, v0.2s, #16") \
	I(380, "usra v2.2s, v0.2s, #31") \
	I(381, "usra v2.2s, v0.2s, #32") \
	I(382, "usra v2.4s, v0.4s, #1") \
	I(383, "usra v2.4s, v0.4s, #3") \
	I(384, "usra v2.4s, v0.4s, #16") \
	I(385, "usra v2.4s, v0.4s, #31") \
	I(386, "usra v2.4s, v0.4s, #32") \
	I(387, "usra v2.2d, v0.2d, #1") \
	I(388, "usra v2.2d, v0.2d, #3") \
	I(389, "usra v2.2d, v0.2d, #32") \
	I(390, "usra v2.2d, v0.2d, #63") \
	I(391, "usra v2.2d, v0.2d, #64") \
	I(392, "ssra v2.8b, v0.8b, #1") \
	I(393, "ssra v2.8b, v0.8b, #3") \
	I(394, "ssra v2.8b, v0.8b, #4") \
	I(395, "ssra v2.8b, v0.8b, #7") \
	I(396, "ssra v2.8b, v0.8b, #8") \
	I(397, "ssra v2.16b, v0.16b, #1") \
	I(398, "ssra v2.16b, v0.16b, #3") \
	I(399, "ssra v2.16b, v0.16b, #4") \
	I(400, "ssra v2.16b, v0.16b, #7") \
	I(401, "ssra v2.16b, v0.16b, #8") \
	I(402, "ssra v2.4h, v0.4h, #1") \
	I(403, "ssra v2.4h, v0.4h, #3") \
	I(404, "ssra v2.4h, v0.4h, #8") \
	I(405, "ssra v2.4h, v0.4h, #15") \
	I(406, "ssra v2.4h, v0.4h, #16") \
	I(407, "ssra v2.8h, v0.8h, #1") \
	I(408, "ssra v2.8h, v0.8h, #3") \
	I(409, "ssra v2.8h, v0.8h, #8") \
	I(410, "ssra v2.8h, v0.8h, #15") \
	I(411, "ssra v2.8h, v0.8h, #16") \
	I(412, "ssra v2.2s, v0.2s, #1") \
	I(413, "ssra v2.2s, v0.2s, #3") \
	I(414, "ssra v2.2s, v0.2s, #16") \
	I(415, "ssra v2.2s, v0.2s, #31") \
	I(416, "ssra v2.2s, v0.2s, #32") \
	I(417, "ssra v2.4s, v0.4s, #1") \
	I(418, "ssra v2.4s, v0.4s, #3") \
	I(419, "ssra v2.4s, v0.4s, #16") \
	I(420, "ssra v2.4s, v0.4s, #31") \
	I(421, "ssra v2.4s, v0.4s, #32") \
	I(422, "ssra v2.2d, v0.2d, #1") \
	I(423, "ssra v2.2d, v0.2d, #3") \
	I(424, "ssra v2.2d, v0.2d, #32") \
	I(425, "ssra v2.2d, v0.2d, #63") \
	I(426, "ssra v2.2d, v0.2d, #64") \
	I(427, "shl v2.8b, v0.8b, #0") \
	I(428, "shl v2.8b, v0.8b, #1") \
	I(429, "shl v2.8b, v0.8b, #3") \
	I(430, "shl v2.8b, v0.8b, #4") \
	I(431, "shl v2.8b, v0.8b, #7") \
	I(432, "shl v2.16b, v0.16b, #0") \
	I(433, "shl v2.16b, v0.16b, #1") \
	I(434, "shl v2.16b, v0.16b, #3") \
	I(435, "shl v2.16b, v0.16b, #4") \
	I(436, "shl v2.16b, v0.16b, #7") \
	I(437, "shl v2.4h, v0.4h, #0") \
	I(438, "shl v2.4h, v0.4h, #1") \
	I(439, "shl v2.4h, v0.4h, #3") \
	I(440, "shl v2.4h, v0.4h, #8") \
	I(441, "shl v2.4h, v0.4h, #15") \
	I(442, "shl v2.8h, v0.8h, #0") \
	I(443, "shl v2.8h, v0.8h, #1") \
	I(444, "shl v2.8h, v0.8h, #3") \
	I(445, "shl v2.8h, v0.8h, #8") \
	I(446, "shl v2.8h, v0.8h, #15") \
	I(447, "shl v2.2s, v0.2s, #0") \
	I(448, "shl v2.2s, v0.2s, #1") \
	I(449, "shl v2.2s, v0.2s, #3") \
	I(450, "shl v2.2s, v0.2s, #16") \
	I(451, "shl v2.2s, v0.2s, #31") \
	I(452, "shl v2.4s, v0.4s, #0") \
	I(453, "shl v2.4s, v0.4s, #1") \
	I(454, "shl v2.4s, v0.4s, #3") \
	I(455, "shl v2.4s, v0.4s, #16") \
	I(456, "shl v2.4s, v0.4s, #31") \
	I(457, "shl v2.2d, v0.2d, #0") \
	I(458, "shl v2.2d, v0.2d, #1") \
	I(459, "shl v2.2d, v0.2d, #3") \
	I(460, "shl v2.2d, v0.2d, #32") \
	I(461, "shl v2.2d, v0.2d, #63") \
	I(462, "shrn v2.8b, v0.8h, #1") \
	I(463, "shrn2 v2.16b, v0.8h, #1") \
	I(464, "shrn v2.8b, v0.8h, #4") \
	I(465, "shrn2 v2.16b, v0.8h, #4") \
	I(466, "shrn v2.8b, v0.8h, #8") \
	I(467, "shrn2 v2.16b, v0.8h, #8") \
	I(468, "shrn v2.4h, v0.4s, #1") \
	I(469, "shrn2 v2.8h, v0.4s, #1") \
	I(470, "shrn v2.4h, v0.4s, #8") \
	I(471, "shrn2 v2.8h, v0.4s, #8") \
	I(472, "shrn v2.4h, v0.4s, #16") \
	I(473, "shrn2 v2.8h, v0.4s, #16") \
	I(474, "shrn v2.2s, v0.2d, #1") \
	I(475, "shrn2 v2.4s, v0.2d, #1") \
	I(476, "shrn v2.2s, v0.2d, #16") \
	I(477, "shrn2 v2.4s, v0.2d, #16") \
	I(478, "shrn v2.2s, v0.2d, #32") \
	I(479, "shrn2 v2.4s, v0.2d, #32") \
	I(480, "ushll v2.8h, v0.8b, #0") \
	I(481, "ushll2 v2.8h, v0.16b, #0") \
	I(482, "sshll v2.8h, v0.8b, #0") \
	I(483, "sshll2 v2.8h, v0.16b, #0") \
	I(484, "ushll v2.8h, v0.8b, #1") \
	I(485, "ushll2 v2.8h, v0.16b, #1") \
	I(486, "sshll v2.8h, v0.8b, #1") \
	I(487, "sshll2 v2.8h, v0.16b, #1") \
	I(488, "ushll v2.8h, v0.8b, #7") \
	I(489, "ushll2 v2.8h, v0.16b, #7") \
	I(490, "sshll v2.8h, v0.8b, #7") \
	I(491, "sshll2 v2.8h, v0.16b, #7") \
	I(492, "ushll v2.4s, v0.4h, #0") \
	I(493, "ushll2 v2.4s, v0.8h, #0") \
	I(494, "sshll v2.4s, v0.4h, #0") \
	I(495, "sshll2 v2.4s, v0.8h, #0") \
	I(496, "ushll v2.4s, v0.4h, #1") \
	I(497, "ushll2 v2.4s, v0.8h, #1") \
	I(498, "sshll v2.4s, v0.4h, #1") \
	I(499, "sshll2 v2.4s, v0.8h, #1") \
	I(500, "ushll v2.4s, v0.4h, #15") \
	I(501, "ushll2 v2.4s, v0.8h, #15") \
	I(502, "sshll v2.4s, v0.4h, #15") \
	I(503, "sshll2 v2.4s, v0.8h, #15") \
	I(504, "ushll v2.2d, v0.2s, #0") \
	I(505, "ushll2 v2.2d, v0.4s, #0") \
	I(506, "sshll v2.2d, v0.2s, #0") \
	I(507, "sshll2 v2.2d, v0.4s, #0") \
	I(508, "ushll v2.2d, v0.2s, #1") \
	I(509, "ushll2 v2.2d, v0.4s, #1") \
	I(510, "sshll v2.2d, v0.2s, #1") \
	I(511, "sshll2 v2.2d, v0.4s, #1") \
	I(512, "ushll v2.2d, v0.2s, #31") \
	I(513, "ushll2 v2.2d, v0.4s, #31") \
	I(514, "sshll v2.2d, v0.2s, #31") \
	I(515, "sshll2 v2.2d, v0.4s, #31") \
	I(516, "ext v2.16b, v0.16b, v1.16b, #0") \
	I(517, "ext v2.16b, v0.16b, v1.16b, #3") \
	I(518, "ext v2.16b, v0.16b, v1.16b, #8") \
	I(519, "ext v2.16b, v0.16b, v1.16b, #15") \
	I(520, "ext v2.8b, v0.8b, v1.8b, #0") \
	I(521, "ext v2.8b, v0.8b, v1.8b, #5") \
	I(522, "dup v2.16b, v0.b[5]") \
	I(523, "dup v2.4h, v0.h[7]") \
	I(524, "dup v2.4s, v0.s[3]") \
	I(525, "dup v2.2d, v0.d[1]") \
	I(526, "ins v2.s[1], v0.s[2]") \
	I(527, "ins v2.b[9], v0.b[0]") \

#define FN(n, text)							\
static void f##n(const uint8_t *a, const uint8_t *b, uint8_t *d)	\
{									\
	__asm__ volatile("ldr q0, [%0]\n\tldr q1, [%1]\n\tldr q2, [%2]\n\t" \
			 text "\n\tstr q2, [%2]"				\
			 : : "r"(a), "r"(b), "r"(d)			\
			 : "v0", "v1", "v2", "memory");			\
}
INSNS(FN)

#define ENT(n, text) { f##n, text },
static const struct {
	void (*fn)(const uint8_t *, const uint8_t *, uint8_t *);
	const char *text;
} tests[] = { INSNS(ENT) };

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint8_t rnd_byte(void)
{
	static const uint8_t edge[] = { 0x00, 0xff, 0x80, 0x7f, 0x01 };
	rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
	return (rng >> 8) % 3 ? (uint8_t)(rng >> 32) : edge[(rng >> 40) % 5];
}

int main(void)
{
	uint8_t a[16] __attribute__((aligned(16)));
	uint8_t b[16] __attribute__((aligned(16)));
	uint8_t d[16] __attribute__((aligned(16)));

	for (unsigned t = 0; t < sizeof tests / sizeof tests[0]; t++) {
		uint64_t h = 0xcbf29ce484222325ull;
		for (int it = 0; it < 200; it++) {
			for (int i = 0; i < 16; i++) {
				a[i] = rnd_byte();
				b[i] = it % 4 == 0 ? a[i] : rnd_byte();	/* equal lanes */
				d[i] = rnd_byte();
			}
			tests[t].fn(a, b, d);
			for (int i = 0; i < 16; i++) {
				h ^= d[i];
				h *= 0x100000001b3ull;
			}
		}
		printf("%-32s %016llx\n", tests[t].text, (unsigned long long)h);
	}
	return 0;
}
