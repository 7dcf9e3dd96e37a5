"use strict";(self.rspackChunkmlinterview_lab=self.rspackChunkmlinterview_lab||[]).push([[266],{646(e,r,t){var o=t(601),n=t.n(o),a=t(314),i=(t.n(a))()(n());i.push([e.id,`/* The course's report panel: readable at the width of half a screen. */
.mlinterview-report {
  padding: 12px 16px;
  overflow-y: auto;
  font-size: var(--jp-content-font-size1);
  color: var(--jp-content-font-color1);
  background: var(--jp-layout-color0);
}

.mlinterview-report code {
  font-family: var(--jp-code-font-family);
  background: var(--jp-layout-color2);
  padding: 0 2px;
}

.mlinterview-report table {
  border-collapse: collapse;
  margin: 8px 0;
}

.mlinterview-report th,
.mlinterview-report td {
  padding: 2px 10px;
  text-align: left;
  border-bottom: 1px solid var(--jp-border-color2);
}

.mlinterview-weak td {
  color: var(--jp-error-color1);
}

.mlinterview-check {
  margin: 6px 0;
}

.mlinterview-message {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  margin: 2px 0 0 12px;
  color: var(--jp-content-font-color2);
}

.mlinterview-error {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  color: var(--jp-error-color1);
}

.mlinterview-solution {
  overflow-x: auto;
  padding: 8px;
  background: var(--jp-layout-color2);
}

/* The mock interview's clock in the status bar. */
.mlinterview-clock {
  padding: 0 8px;
  font-weight: 600;
  cursor: pointer;
  white-space: nowrap;
}

.mlinterview-clock-warning {
  color: var(--jp-warn-color0);
}

.mlinterview-clock-over {
  color: var(--jp-ui-inverse-font-color1);
  background: var(--jp-error-color1);
}

.mlinterview-time {
  font-weight: 600;
}
`,""]),t.d(r,{},{A:i})},314(e){e.exports=function(e){var r=[];return r.toString=function(){return this.map(function(r){var t="",o=void 0!==r[5];return r[4]&&(t+="@supports (".concat(r[4],") {")),r[2]&&(t+="@media ".concat(r[2]," {")),o&&(t+="@layer".concat(r[5].length>0?" ".concat(r[5]):""," {")),t+=e(r),o&&(t+="}"),r[2]&&(t+="}"),r[4]&&(t+="}"),t}).join("")},r.i=function(e,t,o,n,a){"string"==typeof e&&(e=[[null,e,void 0]]);var i={};if(o)for(var c=0;c<this.length;c++){var l=this[c][0];null!=l&&(i[l]=!0)}for(var s=0;s<e.length;s++){var p=[].concat(e[s]);o&&i[p[0]]||(void 0!==a&&(void 0===p[5]||(p[1]="@layer".concat(p[5].length>0?" ".concat(p[5]):""," {").concat(p[1],"}")),p[5]=a),t&&(p[2]&&(p[1]="@media ".concat(p[2]," {").concat(p[1],"}")),p[2]=t),n&&(p[4]?(p[1]="@supports (".concat(p[4],") {").concat(p[1],"}"),p[4]=n):p[4]="".concat(n)),r.push(p))}},r}},601(e){e.exports=function(e){return e[1]}},665(e,r,t){t.r(r);var o=t(72),n=t.n(o),a=t(825),i=t.n(a),c=t(659),l=t.n(c),s=t(56),p=t.n(s),u=t(540),d=t.n(u),v=t(113),f=t.n(v),m=t(646),h={};h.styleTagTransform=f(),h.setAttributes=p(),h.insert=l().bind(null,"head"),h.domAPI=i(),h.insertStyleElement=d(),n()(m.A,h);let w=m.A&&m.A.locals?m.A.locals:void 0;t.d(r,{},{default:w})},72(e){var r=[];function t(e){for(var t=-1,o=0;o<r.length;o++)if(r[o].identifier===e){t=o;break}return t}function o(e,o){for(var n={},a=[],i=0;i<e.length;i++){var c=e[i],l=o.base?c[0]+o.base:c[0],s=n[l]||0,p="".concat(l," ").concat(s);n[l]=s+1;var u=t(p),d={css:c[1],media:c[2],sourceMap:c[3],supports:c[4],layer:c[5]};if(-1!==u)r[u].references++,r[u].updater(d);else{var v=function(e,r){var t=r.domAPI(r);return t.update(e),function(r){r?(r.css!==e.css||r.media!==e.media||r.sourceMap!==e.sourceMap||r.supports!==e.supports||r.layer!==e.layer)&&t.update(e=r):t.remove()}}(d,o);o.byIndex=i,r.splice(i,0,{identifier:p,updater:v,references:1})}a.push(p)}return a}e.exports=function(e,n){var a=o(e=e||[],n=n||{});return function(e){e=e||[];for(var i=0;i<a.length;i++){var c=t(a[i]);r[c].references--}for(var l=o(e,n),s=0;s<a.length;s++){var p=t(a[s]);0===r[p].references&&(r[p].updater(),r.splice(p,1))}a=l}}},659(e){var r={};e.exports=function(e,t){var o=function(e){if(void 0===r[e]){var t=document.querySelector(e);if(window.HTMLIFrameElement&&t instanceof window.HTMLIFrameElement)try{t=t.contentDocument.head}catch(e){t=null}r[e]=t}return r[e]}(e);if(!o)throw Error("Couldn't find a style target. This probably means that the value for the 'insert' parameter is invalid.");o.appendChild(t)}},540(e){e.exports=function(e){var r=document.createElement("style");return e.setAttributes(r,e.attributes),e.insert(r,e.options),r}},56(e,r,t){e.exports=function(e){var r=t.nc;r&&e.setAttribute("nonce",r)}},825(e){e.exports=function(e){if("u"<typeof document)return{update:function(){},remove:function(){}};var r=e.insertStyleElement(e);return{update:function(t){var o,n,a;o="",t.supports&&(o+="@supports (".concat(t.supports,") {")),t.media&&(o+="@media ".concat(t.media," {")),(n=void 0!==t.layer)&&(o+="@layer".concat(t.layer.length>0?" ".concat(t.layer):""," {")),o+=t.css,n&&(o+="}"),t.media&&(o+="}"),t.supports&&(o+="}"),(a=t.sourceMap)&&"u">typeof btoa&&(o+="\n/*# sourceMappingURL=data:application/json;base64,".concat(btoa(unescape(encodeURIComponent(JSON.stringify(a))))," */")),e.styleTagTransform(o,r,e.options)},remove:function(){var e;null===(e=r).parentNode||e.parentNode.removeChild(e)}}}},113(e){e.exports=function(e,r){if(r.styleSheet)r.styleSheet.cssText=e;else{for(;r.firstChild;)r.removeChild(r.firstChild);r.appendChild(document.createTextNode(e))}}}}]);